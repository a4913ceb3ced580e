"""Coreference: the actor named before that a pronoun ('he', 'they', 'it'), a definite description ('the
president'), a short name or a possessive ('its troops', 'his country') stands for, and the titles and levels
that tell two people or offices apart."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sayso.actors.base import ActorBase
from sayso.actors.descriptions import name_holds
from sayso.actors.discourse import Discourse
from sayso.actors.mentions import actor_code, is_definite, np_tokens, span_actor
from sayso.actors.sectors import OTHER_SIDE_NOUNS
from sayso.doccache import children, entity_of, kids
from sayso.model import Actor

FIRST_PERSON = {"we", "us", "our", "ours", "ourselves", "i", "me", "my", "mine", "myself"}
THIRD_PERSON = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
NEUTER = {"it", "its", "itself"}
PERSON_NOUNS = {"politician", "official", "leader", "spokesman", "spokeswoman", "spokesperson",
                "diplomat", "minister", "president", "premier", "chancellor", "envoy", "secretary",
                "ambassador", "head", "chief", "commander", "general", "king", "prince", "emir"}
CROWDS = {"thousands", "hundreds", "dozens", "scores", "millions", "tens", "crowds", "crowd"}


def is_first_person(tok: Token) -> bool:
    """'we', 'us', 'our' ... but not the abbreviation 'US' (written in capitals)."""
    return tok.lower_ in FIRST_PERSON and (tok.text == "I" or not tok.text.isupper() or len(tok.text) == 1)


def own_country(tok: Token, ctx: Discourse, off: int, speaker: Actor | None, base: ActorBase) -> Actor | None:
    """'his country', 'their nation', 'our country': the country of the possessive's antecedent (of the
    speaker for 'our' and 'my'), as a state actor; None without a possessive or a known country."""
    poss = next((c for c in kids(tok) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is None:
        return None
    if poss.lower_ in ("our", "my"):
        iso3 = speaker.country if speaker is not None else None
    else:
        found = possessor_country(tok, ctx, off)
        iso3 = found[0] if found is not None else None
    c = base.country(iso3) if iso3 else None
    if c is None:
        return None
    return span_actor(off, poss, tok, actor_id=c.iso3.lower(), name=c.name, country=c.iso3,
                      code=actor_code(c.iso3, None, c.cameo))


#: Nouns that name a country again ('the kingdom') but fit only a monarchy whose name or alias holds the word
#: ('Kingdom of Morocco').
MONARCHY_NOUNS = frozenset({"kingdom", "emirate", "sultanate"})


def is_plural(tok: Token) -> bool:
    """A mention 'they' can stand for: a plural noun, a crowd word, the first of a coordinated pair."""
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_ in CROWDS or any(c.dep_ == "conj" for c in kids(tok))


def antecedent(tok: Token, place: tuple[str, str] | None, ctx: Discourse) -> Actor | None:
    """The person a definite description ('the politician', 'the Russian president') names: the last
    person, or, when the last person holds another title ('Obama met Prime Minister Cameron. The
    president ...'), the latest earlier person who holds this one."""
    last = ctx.last_person
    if last is None or tok.lower_ not in PERSON_NOUNS or tok.tag_ in ("NNS", "NNPS"):
        return None
    if any(t.ent_type_ in ("PERSON_ACTOR", "PERSON") for t in tok.subtree if t.i < tok.i):
        return None  # 'Putin's spokesman' is someone else
    kinds = [c.lower_ for c in kids(tok) if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
    if kinds and not all(k in last.text.lower() for k in kinds):
        return None  # 'Kenya's president met the opposition leader': a leader of another kind
    if any(c.lower_ in ("former", "ex") for c in kids(tok)):
        # 'Former US President Jimmy Carter ... since Fidel Castro came to power. The former president ...':
        # the latest former officeholder, not the latest person
        return next((a for a, _g in reversed(ctx.persons) if a.sector == "ELI" and
                     (place is None or a.country == place[0])), None)
    if different_titles(tok.lower_, last.text):
        # 'the president of Niger met the minister': two people
        return next((a for a, _g in reversed(ctx.persons) if _same_title(tok.lower_, a.text)
                     and (place is None or a.country == place[0]) and a.start < last.start), None)
    if place is not None:
        return last if last.country == place[0] else None
    return last if is_definite(tok) or any(c.dep_ == "poss" for c in kids(tok)) else None


#: Titles that tell two people apart; a title of one group never names the holder of another's.
TITLE_GROUPS = ({"president"}, {"minister", "premier"}, {"chancellor"}, {"king", "queen"}, {"prince"},
                {"emir"}, {"ambassador", "envoy"}, {"secretary"}, {"commander", "general"},
                {"spokesman", "spokeswoman", "spokesperson"})


@functools.lru_cache(maxsize=8192)
def _mention_words(text: str) -> frozenset[str]:
    """A mention's lower-case words, which the title and level checks compare (cached: every pair of
    actors an event weighs asks again)."""
    return frozenset(re.findall(r"[a-z]+", text.lower()))


def _titles(text: str) -> set[int]:
    """The title groups (indices into TITLE_GROUPS) a mention's words name."""
    words = _mention_words(text)
    return {i for i, g in enumerate(TITLE_GROUPS) if words & g}


def different_titles(a: str, b: str) -> bool:
    """Two mentions that name people by different titles ('the minister', 'Niger's ambassador'): two
    people. A mention without a title ('Cameron', 'the official') tells nothing."""
    ta, tb = _titles(a), _titles(b)
    return bool(ta and tb) and not ta & tb


#: Words that place an office or body below or at the national level of its state.
LOCAL_LEVEL = frozenset({"governor", "mayor", "provincial", "regional", "municipal", "local", "governorate"})
NATIONAL_LEVEL = frozenset({"federal", "central", "national"})


def different_levels(a: str, b: str) -> bool:
    """A local office or body and the national one ('the governor of Amazonas', 'the federal government'):
    two actors of one state's same sector."""
    la, lb = _level(a), _level(b)
    return la is not None and lb is not None and la != lb


def _level(text: str) -> str | None:
    """'local' or 'national' when a mention's words say which; None when they do not."""
    words = _mention_words(text)
    if words & LOCAL_LEVEL:
        return "local"
    return "national" if words & NATIONAL_LEVEL else None


def named_before(ent: SpacySpan, ctx: Discourse) -> Actor | None:
    """The person or body an unresolved short name stands for: the latest one named before whose mention
    holds every word of it ('Baird' after 'John Baird', 'Lee' after 'President Lee Myung-bak')."""
    words = [t.text for t in ent if t.text[:1].isupper() and t.lower_ not in ("the", "mr", "mrs", "ms")]
    if not words or len(words) > 2:
        return None
    earlier = [a for a, _g in reversed(ctx.persons)] if ent.label_ in ("PERSON", "PERSON_ACTOR") else \
        list(reversed(ctx.groups))
    for a in earlier:
        held = a.text.split()
        if all(w in held for w in words) and len(held) > len(words) and (a.country or a.actor_id):
            return a
    return None


def _same_title(word: str, antecedent: str) -> bool:
    """Whether the antecedent's mention gives the title `word` ('President Obama' for 'the president')."""
    return bool(_titles(word) & _titles(antecedent))


def _is_own_subject(ante: Actor, tok: Token, off: int) -> bool:
    """Whether an antecedent is mentioned inside the subject of the pronoun's own verb ('the government in
    Khartoum')."""
    return any(ante.start <= t.idx + off < max(ante.end, ante.start + 1)
               for c in kids(tok.head) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)


def possessor_country(tok: Token, ctx: Discourse, off: int = 0,
                      base: ActorBase | None = None) -> tuple[str, str] | None:
    """'its jets', 'their troops': the country of the pronoun's antecedent; 'the country's Aboriginal
    people': the country the article is about; 'the kingdom's foreign minister': the latest monarchy
    named; 'Chad, whose government ...': the relative clause's antecedent; not 'its allies', who are another
    party."""
    if tok.lemma_.lower() in OTHER_SIDE_NOUNS:
        return None
    for c in kids(tok):
        if c.dep_ == "poss" and c.lower_ == "whose":
            ante = _relative_antecedent(tok, ctx, off)
            return (ante.country, ante.country) if ante is not None and ante.country else None
        if c.dep_ == "poss" and base is not None and c.lower_ in MONARCHY_NOUNS and is_definite(c):
            at = c.idx + off
            king = next((a.country for a in reversed(ctx.bodies) if a.country and a.end <= at and
                         name_holds(base, a.country, c.lower_)), None)
            if king is not None:
                return king, king
        if c.dep_ == "poss" and c.lower_ in ("country", "nation") and \
                any(d.dep_ == "det" and d.lower_ == "the" for d in kids(c)):
            focus = ctx.focus()
            if focus is not None:
                return focus, focus
        if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her"):
            if c.lower_ in ("his", "her"):
                ante = ctx.person_for(c.lower_)
            elif c.lower_ == "their":
                ante = ctx.last_plural or ctx.last_group
            else:  # a subject's 'its' continues the last main-clause subject, as a subject 'it' does
                subject = tok.dep_ in ("nsubj", "nsubjpass") and _main_clause(tok.head) and \
                    ctx.subject_body is not None and \
                    ctx.subject_body.end <= tok.sent.start_char + off
                ante = _own_clause_subject(tok, ctx, off) or (ctx.subject_body if subject else ctx.last_group)
            if ante is not None and ante.country:
                return ante.country, ante.country
    return None


def _relative_antecedent(tok: Token, ctx: Discourse, off: int) -> Actor | None:
    """The body a 'whose' phrase belongs to: the noun its relative clause modifies ('Chad, whose government
    expelled French troops, ...' -> Chad), as resolved earlier in the sentence."""
    t = tok
    while t.dep_ != "relcl" and t.head.i != t.i:
        t = t.head
    return ctx.body_at(t.head.idx + off) if t.dep_ == "relcl" else None


def _own_clause_subject(tok: Token, ctx: Discourse, off: int) -> Actor | None:
    """The body an 'its' on a speaker or an agent stands for when its own sentence says so: 'India will not
    attend, its foreign ministry said' (the reported clause's subject), 'the tanker seized by its navy'
    (the sentence's subject), not whatever country was named last ('in Islamabad', 'Greek-flagged')."""
    subject = None
    if tok.dep_ == "nsubj":
        subject = next((c for v in children(tok.head, "ccomp") if v.i < tok.i
                        for c in children(v, "nsubj", "nsubjpass")), None)
    elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        subject = next((c for c in children(tok.sent.root, "nsubj") if c.i < tok.head.head.i), None)
    found = ctx.body_at(subject.idx + off) if subject is not None else None
    return found if found is not None and found.country else None


EXPLETIVE_ADJ = {"necessary", "important", "possible", "impossible", "likely", "unlikely", "clear", "unclear",
                 "essential", "vital", "crucial", "difficult", "easy", "hard", "true", "time", "obvious", "evident",
                 "indecent", "unacceptable", "imperative", "enough", "wrong", "right", "fair", "unfair", "normal"}


def _main_clause(verb: Token) -> bool:
    """The sentence's main clause: its root, or the reported clause that opens it before the cue
    ('Its troops began patrols ..., an officer said'), not one reported after it ('X said that ...')."""
    return verb.dep_ == "ROOT" or (verb.dep_ in ("ccomp", "parataxis") and verb.head.dep_ == "ROOT" and
                                   verb.i < verb.head.i)


def _clause_subject(tok: Token, off: int, ctx: Discourse) -> Actor | None:
    """The person the subject of an object pronoun's clause names: a pronoun subject's antecedent, or the
    subject mention as resolved mentions record it (from the noun phrase's first token)."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lower_ in THIRD_PERSON:
        return ctx.person_for(subj.lower_)
    ent = entity_of(subj)
    first = ent[0] if ent is not None else np_tokens(subj)[0]
    return Actor(text=subj.text, start=first.idx + off, end=subj.idx + len(subj.text) + off)


def _expletive_frame(head: Token) -> bool:
    """'it is necessary / time / clear that ...', 'it was reported that ...': 'it' stands for no one."""
    if head.lemma_ == "be":
        return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in EXPLETIVE_ADJ for c in kids(head))
    return head.tag_ == "VBN" and any(c.dep_ == "ccomp" for c in kids(head))


def resolve_pronoun(tok: Token, off: int, ctx: Discourse, speaker: Actor | None) -> Actor | None:
    """Pronouns: first person -> the speaker whose words they are; he/she -> the latest person of that
    gender (Discourse.person_for); they -> the latest plural or group actor; it -> the latest group."""
    low = tok.lower_
    ante: Actor | None = None
    if is_first_person(tok):
        if speaker is None:
            return None
        ante = speaker
        if low in ("we", "us", "our", "ours", "ourselves") and ante.country:
            ante = replace(ante, actor_id=ante.country.lower(), name=None)
    elif low in THIRD_PERSON:
        # an object 'him' is not its own clause's subject ('Kim Jong Il hosted him'); 'himself' would be
        own = _clause_subject(tok, off, ctx) if tok.dep_ in ("dobj", "dative", "pobj") and \
            not low.endswith("self") else None
        ante = ctx.person_for(low, own)
    elif low in PLURAL:
        # a subject 'they' continues the last main-clause subject group ('Chechen rebels stormed ... They
        # demanded ...'), else the latest plural
        subject = tok.dep_ in ("nsubj", "nsubjpass") or (  # 'thousands of them took to the streets'
            tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in CROWDS
            and tok.head.head.dep_ in ("nsubj", "nsubjpass"))
        ante = (ctx.subject_group if subject else None) or ctx.last_plural or ctx.last_group
    elif low in NEUTER:
        if tok.dep_ == "expl" or (tok.dep_ in ("nsubj", "nsubjpass") and _expletive_frame(tok.head)):
            return None  # "it is necessary to ...", "it was reported that ...": an expletive, not an actor
        ante = (ctx.subject_body if tok.dep_ in ("nsubj", "nsubjpass") else None) or ctx.last_group
        if ante is not None and tok.dep_ in ("dobj", "dative"):
            # 'the government in Khartoum recognised it': an object 'it' is not its own clause's subject, nor
            # another name of its country ("Taiwan rejected Beijing's offer, and China accused it")
            subject = next((a for a in reversed(ctx.bodies) if _is_own_subject(a, tok, off)), None)

            def other_than_subject(a: Actor) -> bool:
                return not _is_own_subject(a, tok, off) and \
                    not (subject is not None and subject.country and a.country == subject.country)
            if not other_than_subject(ante):
                ante = next((a for a in reversed(ctx.bodies) if other_than_subject(a)), None)
    if ante is None:
        return None
    return replace(ante, text=tok.text, start=tok.idx + off, end=tok.idx + len(tok.text) + off)
