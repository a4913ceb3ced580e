"""Code one article's parsed sentences into events: which triggers to code, one row per act; each trigger's
roles, code and attribution are put together in events.assemble."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Token

from sayso.attribution import QuoteSpan, find_quotes
from sayso.doccache import children, doc_text, forget, kids, subtree
from sayso.events import matching, roles, tree
from sayso.events.assemble import events_for
from sayso.events.background import is_background
from sayso.events.inferred import AIMING
from sayso.events.lexicon import Pattern
from sayso.events.parties import actor_key
from sayso.events.quotes import QuoteRecord, quote_records
from sayso.events.recoding import INTENT_AS
from sayso.events.speakers import headline_speaker, resolve_mentions
from sayso.events.speech import headline_event, speech_code, speech_events
from sayso.events.state import ArticleState, Resources, Sent, token_key
from sayso.events.targets import VIOLENT_ROOTS, country_actor
from sayso.model import Actor, Article, Event, Place, Span, event_id
from sayso.nlp import dateline_city, dateline_end, dateline_place
from sayso.when_where import parse_published


@dataclass(frozen=True, slots=True)
class Coded:
    """The result of coding one article."""

    events: tuple[Event, ...]
    quotes: tuple[QuoteRecord, ...]
    n_sentences: int
    notes: tuple[str, ...] = ()


def code_article(article: Article, docs: Sequence[tuple[Doc, int]], res: Resources) -> Coded:
    """Code an article from its parsed segments (each a Doc and its character offset in the document)."""
    published = parse_published(article.date) if article.date else None
    text = article.document
    quotes = find_quotes(text)
    sents: list[Sent] = []
    for doc, off in docs:
        for s in doc.sents:
            sents.append(Sent(s, off, len(sents), doc_text(doc)[s.start_char:s.end_char].strip()))
    place, mention = _dateline(sents)
    st = ArticleState(dateline=place, dateline_mention=mention)
    resolve_mentions(sents, res, published, st, quotes)
    headline = headline_speaker(article, sents, res, published, st)
    events: list[Event] = []
    for s in sents:
        evs = _code_sentence(article, s, res, published, st, quotes, headline)
        events.extend(evs)
        st.protests.extend((s.index, who) for who in _protesters(evs, res))
    quote_rows = quote_records(quotes, st, text, sents, headline)
    for doc, _off in docs:
        forget(doc)
    return Coded(tuple(events), tuple(quote_rows), len(sents), tuple(st.notes))


def _protesters(events: list[Event], res: Resources) -> list[Actor]:
    """Who protests in a sentence's events: a protest's source with a country, else the civilians of
    the country its target belongs to ('student protests against the prime minister spread')."""
    found = []
    for ev in events:
        if ev.cameo_root != "14" or ev.negated or ev.factuality != "asserted":
            continue
        if ev.source is not None and ev.source.country:
            found.append(ev.source)
        elif ev.source is None and ev.target is not None and ev.target.country:
            c = res.actors.country(ev.target.country)
            if c is not None:
                found.append(country_actor(c.iso3, c.cameo, None, (ev.trigger.text, ev.trigger.start,
                                                                    ev.trigger.end), "CVL", entity=False))
    return found


def _dateline(sents: list[Sent]) -> tuple[Place | None, tuple[str, int, int] | None]:
    """The place of the article's dateline, when one of its first sentences is one, and its first word."""
    for s in sents[:3]:
        doc = s.span.doc
        if dateline_end(doc, s.span.start) == s.span.end:
            place = dateline_place(doc, s.span.start, s.span.end)
            city = dateline_city(doc, s.span.start)  # 'BUENOS AIRES'
            return place, (city.text, city.start_char + s.off, city.end_char + s.off) if place else None
    return None, None


def _code_sentence(article: Article, s: Sent, res: Resources, on: date | None, st: ArticleState,
                   quotes: list[QuoteSpan], headline: tuple[Actor, Span, int] | None) -> list[Event]:
    """Pass 2: every trigger in a sentence -> events (speech events first, so content can point at them)."""
    out: list[Event] = []
    consumed: set[int] = set()
    toks = s.tokens()
    cues = [t for t in toks if token_key(t, s.off) in st.speakers]
    cue_is = {t.i for t in cues}  # (pass 1 found every speaker: st.speakers no longer changes)
    pending_speech: list[tuple[Token, Pattern | None]] = []
    uncoded_cues: set[int] = set()
    for t in cues:
        pat = matching.match(t, res.lexicon)
        code = speech_code(pat, res.lexicon.cue(t.lemma_.lower()), t)
        if code is None:
            continue
        speaker = st.speakers[token_key(t, s.off)]
        if code == "010" and speaker.sector == "MED":
            # 'Reuters reports', 'state media said': a news outlet reporting is the attribution of what it
            # reports (kept in each event's `attribution` and the quotes table), not a political statement
            continue
        if not (speaker.country or speaker.sector or speaker.actor_id or speaker.code or speaker.name):
            # 'witnesses said', 'sources said': the speaker attributes the content, but is no party to a
            # statement; a cue that is an act of its own ('was rejected', 'threatened') is coded as any act
            if code != "010":
                uncoded_cues.add(t.i)
            continue
        st.speech_ids[token_key(t, s.off)] = event_id(article.id, s.index, t.idx + s.off,
                                                  t.idx + len(t.text) + s.off, "speech")
        pending_speech.append((t, pat))
        if pat is not None and pat.objects and pat.code == code and not code.startswith("015"):
            # 'demanded a truce': the truce is the demand's content, not an event ('claimed the attack' still
            # names an attack, done by the claimer)
            obj = tree.object_token(t)
            if obj is not None:
                consumed.add(obj.i)
        if pat is not None and pat.prep_objects and pat.code == code:
            # 'called for the release of the journalists': the release is what is asked for, not an act
            consumed.update(o.i for o in tree.prep_objects(t, (pat.prep or "",)))
    content_events: list[tuple[Event, Token]] = []
    within: dict[int, tuple[Token, Pattern]] = {}
    pats = [matching.match(tok, res.lexicon) for tok in toks]  # (read twice below)
    for tok, p in zip(toks, pats, strict=True):
        act = _act_it_happened_in(tok, p, res) if p is not None and tok.i not in consumed else None
        if act is not None and act[0].i not in consumed:
            within[tok.i] = act
            consumed.add(act[0].i)
            st.notes.append(f"sentence {s.index}: '{act[0].text}' ({act[1].id}) is the act '{tok.text}' happened "
                            "in: coded as one event")
    for tok, p in zip(toks, pats, strict=True):
        if (tok.i in cue_is and tok.i not in uncoded_cues) or tok.i in consumed:
            continue
        if p is None:
            continue
        if p.pos == "adj" and p.code.startswith("11"):
            continue  # 'X is responsible for ...' is the speaker's accusation, coded with the speech event
        if p.pos == "verb" and tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBG"):
            # 'treated wounded civilians', 'met exiled dissidents', 'fired tear gas at striking doctors': a
            # participle describing people, not an act of theirs or done to them here
            continue
        if p.pos == "verb" and p.code[:2] == "11" and tok.dep_ == "acl" and tok.tag_ == "VBN" and \
                not tree.shared_agent(tok):
            # 'three soldiers accused of torturing prisoners were detained': who they are, not an accusation
            # made here by anyone (the alleged act is coded, as uncertain)
            st.notes.append(f"sentence {s.index}: '{tok.text}' ({p.id}) describes whom it names, with no accuser: "
                            "not coded")
            continue
        if p.pos == "noun" and tok.dep_ == "compound" and tok.head.lemma_.lower() not in roles.EVENT_HEADS:
            continue  # 'aid groups', 'protest leaders': the noun describes its head, it is no event
        if p.code[:2] in ("17", "18", "19", "20") and _sports_result(tok):
            st.notes.append(f"sentence {s.index}: '{tok.text}' ({p.id}) reports a match score: a sports result, "
                            "not coded")
            continue
        if _passive_light_verb(tok, p, res):
            st.notes.append(f"sentence {s.index}: '{tok.text}' ({p.id}) only says that its subject, an act coded on "
                            "its own, happened: not coded again")
            continue
        if _outcome_of_act(tok, p, res):
            st.notes.append(f"sentence {s.index}: '{tok.text}' ({p.id}) says what the act before it did: coded "
                            "as that act, not as one of its own")
            continue
        named = ([tree.object_token(tok)] if p.objects else []) + \
            (tree.prep_objects(tok, (p.prep or "",)) if p.prep_objects else [])
        for obj in named:
            if obj is not None:  # the object named in the pattern is part of this event, not one of its own
                for o in [obj, *matching.measured(obj)]:
                    consumed.add(o.i)
                    consumed.update(c.i for c in kids(o) if c.dep_ == "compound")
        context = is_background(tok)
        if context and res.background == "skip":
            st.notes.append(f"sentence {s.index}: '{tok.text}' ({p.id}) only dates or explains the main event: "
                            "not coded (--background keep codes it)")
            continue
        for ev in events_for(article, s, tok, p, res, on, st, quotes, headline, within.get(tok.i)):
            ev = replace(ev, rule=f"{ev.rule}+background") if context else ev
            out.append(ev)
            content_events.append((ev, tok))
    out = _drop_repeats(_drop_sourceless_repeats(_drop_targetless_repeats(out)))
    for t, pat in pending_speech:
        out.extend(speech_events(article, s, t, pat, res, on, st, quotes, headline, content_events))
    if headline and s.index == 0:
        out.extend(headline_event(article, s, res, on, st, quotes, headline, content_events))
    return out


def _sports_result(tok: Token) -> bool:
    """'Germany destroyed Brazil 7-1', 'thrashed England 4-0': a violent verb with a match score in its clause
    is a sports result (two numbers of one or two digits joined by a dash)."""
    sub = subtree(tok)
    return any(a.like_num and b.text in ("-", "–") and c.like_num and len(a.text) <= 2 and len(c.text) <= 2
               and a.i + 1 == b.i and b.i + 1 == c.i for a, b, c in zip(sub, sub[1:], sub[2:], strict=False))


def _passive_light_verb(tok: Token, p: Pattern, res: Resources) -> bool:
    """'The withdrawal of Russian troops was completed': with no doer of its own, the light verb only says that
    the act named by its subject (coded with its own actors) happened."""
    if p.pos != "verb" or not p.objects or not tree.is_passive(tok) or tree.shared_agent(tok):
        return False
    obj = tree.object_token(tok)
    act = matching.match(obj, res.lexicon) if obj is not None and obj.dep_ == "nsubjpass" else None
    return act is not None and act.pos == "noun" and act.code[:2] == p.code[:2]


def _outcome_of_act(tok: Token, p: Pattern, res: Resources) -> bool:
    """A participle clause that tells the outcome or aim of the act it hangs on: 'shelled the town, killing
    eight people' is one act (the shelling), 'sanctions targeting three banks' are the sanctions."""
    if p.pos != "verb" or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "acl"):
        return False
    if tree.has_to(tok.head):
        return False  # 'launched an offensive to retake the region, pounding ...': the pounding is the act done
    light_object = tree.object_token(tok.head) if tok.head.pos_ == "VERB" else None
    head = matching.match(tok.head, res.lexicon) or (
        matching.match(light_object, res.lexicon) if light_object is not None else None)  # 'adopted sanctions'
    if head is None or head.code[:2] in ("01", "02"):
        return False
    return tok.lemma_.lower() in AIMING or (p.code[:2] in VIOLENT_ROOTS and head.code[:2] in VIOLENT_ROOTS)


#: Lexicon entries of plain harm to people: what an act did, more than an act of its own.
HARM_RULES = frozenset({"kill", "wound", "injure"})

#: Prepositions by which a harm names the attack it happened in ('killed in an air strike', 'during shelling').
WITHIN_PREPS = ("in", "during")


def _act_it_happened_in(tok: Token, p: Pattern, res: Resources) -> tuple[Token, Pattern] | None:
    """The violent act a harm happened in, coded as one event with it: a harm with no doer of its own takes
    the act's doers and code ('two shepherds were killed Monday in an air strike by the army', 'the killing of
    Nasrallah in an air strike', 'twelve were killed when a bomb went off'); a generic killing done by its own
    doers takes the code of a named act with no doer of its own ('gunmen killed 130 villagers in a massacre',
    'US air strikes killed militants')."""
    if p.code[:2] not in VIOLENT_ROOTS:
        return None
    active = p.pos == "verb" and (not tree.is_passive(tok) or tree.shared_agent(tok))
    if active and p.code != "190":
        return None
    if p.pos == "noun" and (children(tok, "poss") or tree.prep_objects(tok, ("by",))):
        return None  # 'the killing of Nasrallah in an air strike' has no doer of its own; 'Israel's killing' has
    for c in kids(tok):
        if not active and c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in kids(c)):
            # 'fifteen people were killed when a bomb exploded at a market': the bombing, done to the fifteen
            m = matching.match(c, res.lexicon)
            if _one_sided_violence(m) and not tree.is_passive(c):
                return c, m
        if c.dep_ != "prep" or c.lower_ not in WITHIN_PREPS:
            continue
        for o in kids(c):
            m = matching.match(o, res.lexicon) if o.dep_ in ("pobj", "pcomp") else None
            if not _one_sided_violence(m):
                continue
            if active and not (_more_specific_noun(m) and not children(o, "poss") and
                               not tree.prep_objects(o, ("by",))):
                continue
            return o, m
    for o in children(tok, "nsubj") if active else []:
        # 'US air strikes killed militants in Somalia': the strikes did the killing, one act
        m = matching.match(o, res.lexicon)
        if _one_sided_violence(m) and _more_specific_noun(m):
            return o, m
    return None


def _one_sided_violence(m: Pattern | None) -> bool:
    """A violent act done by one side (a clash between two is no act a harm happened in)."""
    return m is not None and m.code[:2] in VIOLENT_ROOTS and not m.symmetric


def _more_specific_noun(m: Pattern) -> bool:
    """A nominal act more specific than a plain killing (190), whose code a killing in it takes."""
    return m.pos == "noun" and m.code != "190"


def _drop_repeats(events: list[Event]) -> list[Event]:
    """One row for one act: the same mentions, code, polarity and mood twice in a sentence from two triggers
    ('monks marched through Yangon in the largest protest') are one event, the first. Coordinated actors
    ('two women and a boy were wounded') stay one event each."""
    seen: set[tuple] = set()
    out = []
    for e in events:
        key = (_span(e.source), e.cameo_code, _span(e.target), e.negated, e.factuality)
        if key not in seen:
            seen.add(key)
            out.append(e)
    # 'fired tear gas to disperse the protesters': the purpose is the same act as the one done; 'will meet
    # in Geneva to talk about trade': the purpose of an announced meeting is that meeting, coded as its intent (036)
    done = {k[:4] for k in seen if k[4] != "intended"}
    intents = {k[:4] for k in seen if k[4] == "intended"}
    return [e for e in out if not ("+purpose" in e.rule and (
        (_span(e.source), e.cameo_code, _span(e.target), e.negated) in done
        or (_span(e.source), INTENT_AS.get(e.cameo_root), _span(e.target), e.negated) in intents))]


def _drop_sourceless_repeats(events: list[Event]) -> list[Event]:
    """Drop an event with no source when the same act (code, target, polarity) has a source in the same
    sentence: 'sanctions on Iran were imposed by the EU' is one act, not also sanctions by no one."""
    done = {(e.cameo_code, actor_key(e.target), e.negated) for e in events if e.source is not None}
    return [e for e in events if e.source is not None or (e.cameo_code, actor_key(e.target), e.negated) not in done]


def _span(a: Actor | None) -> tuple | None:
    """An actor as mentioned, as a key ('US and British activists' is two actors in one mention)."""
    return None if a is None else (a.start, a.end, actor_key(a))


def _drop_targetless_repeats(events: list[Event]) -> list[Event]:
    """Drop an event with no target when the same actor does the same act (same code) to someone in the
    same sentence ('met with Assad to discuss ...': the discussing is the meeting, already coded with its
    target), and a generic code (x0) when a specific one of its root has the same source and target;
    'bombed a hall, killing mourners' keeps both acts."""
    aimed = {(actor_key(e.source), e.cameo_code, e.negated) for e in events if e.target is not None}
    # a specific act only intended is not the act done ('launched an offensive (190) to retake the region
    # (192, intended)' is two acts); intents are what root 03 codes, so they count there
    done = [e for e in events if e.factuality != "intended" or e.cameo_root == "03"]
    # 'refused (120) to meet with X (125)': the root's generic code adds nothing to the specific one with a target
    rooted = {(actor_key(e.source), e.cameo_root) for e in done if e.target is not None}
    # 'Iran and Iraq agreed (030) to meet (036)': nor to a specific one aimed at the same target
    specific = {(actor_key(e.source), e.cameo_root, actor_key(e.target)) for e in done
                if e.target is not None and e.cameo_code != e.cameo_root + "0"}
    # 'refused (120) to step down (124)', neither aimed at anyone: the specific code says it all
    rooted |= {(actor_key(e.source), e.cameo_root) for e in done if e.cameo_code != e.cameo_root + "0"}
    # 'a bomb exploded at a mausoleum ..., killing 21 people': whom a doer's violence killed or wounded is
    # what its violence aimed at no one did ('pounding their stronghold' beside an offensive stays)
    hurt = {(actor_key(e.source), e.negated) for e in done
            if e.target is not None and e.rule.split("+")[0] in HARM_RULES}
    return [e for e in events if e.source is None or (
        (e.target is not None or ((actor_key(e.source), e.cameo_code, e.negated) not in aimed
                                  and not (e.cameo_root in VIOLENT_ROOTS and (actor_key(e.source), e.negated) in hurt)
                                  and not (e.cameo_code == e.cameo_root + "0"
                                           and (actor_key(e.source), e.cameo_root) in rooted)))
        and not (e.target is not None and e.cameo_code == e.cameo_root + "0"
                 and (actor_key(e.source), e.cameo_root, actor_key(e.target)) in specific))]
