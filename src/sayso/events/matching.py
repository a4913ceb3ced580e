"""Matching tokens against the trigger lexicon: a pattern's object, subject, preposition and modifier
constraints, and the word classes (people, places, quantities) they test."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from sayso.actors.base import load_actor_base
from sayso.doccache import children, ent_at, kids, match_memo
from sayso.events.lexicon import Lexicon, Pattern
from sayso.events.tree import (
    conjuncts,
    has_for_mark,
    has_to,
    is_infinitive_complement,
    is_passive,
    object_token,
    prep_objects,
)
from sayso.places import resolve_place

POS_OF = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}


QUANTITY_NOUNS = {"ton", "tonne", "kilogram", "kg", "million", "billion", "thousand", "hundred", "dollar",
                  "worth", "package", "shipment", "batch", "load", "consignment", "round", "amount", "quantity",
                  "number", "lot", "series", "wave", "barrage", "volley", "set", "raft", "slew", "host", "dozen",
                  "part", "portion", "half", "bulk", "share", "dose", "dos",  # ('doses' has the lemma 'dos')
                  # partitives: 'lifted most of its sanctions' lifts sanctions
                  "most", "some", "all", "many", "much", "rest", "remainder", "majority", "several", "few",
                  # units that count what their 'of' phrase names ('a battalion of peacekeepers')
                  "battalion", "contingent", "detachment", "team", "squad", "platoon", "company", "brigade",
                  "regiment", "unit", "group", "convoy", "fleet", "flotilla", "column"}


#: Participles that describe a noun's state when they modify it without an agent ('armed with rifles').
STATE_PARTICIPLES = frozenset({"arm", "equip"})


def _for_clause(tok: Token) -> Token | None:
    """The verb of a 'for X to V' clause the trigger governs ('called for the president to resign')."""
    return next((c for c in kids(tok) if c.dep_ in ("advcl", "ccomp", "xcomp", "acl") and c.i > tok.i and
                 has_for_mark(c)), None)


def _governs_infinitive(tok: Token, lemmas: frozenset[str]) -> bool:
    """Whether the trigger or its object governs a 'to' infinitive of one of `lemmas` ("*": of any verb)."""
    obj = object_token(tok)
    heads = [tok, *([obj] if obj is not None else [])]
    return any(c.dep_ in ("xcomp", "acl", "advcl", "relcl", "ccomp") and
               (c.lemma_.lower() in lemmas or ("*" in lemmas and c.pos_ == "VERB")) and has_to(c)
               for h in heads for c in kids(h))


def match(tok: Token, lexicon: Lexicon) -> Pattern | None:
    """The most specific lexicon pattern whose constraints the token meets (worked out once per token and
    lexicon: the rules ask again for the same token many times)."""
    return match_memo(tok, lexicon, _match)


def _prep_pattern(cands: Iterable[Pattern], word: str) -> bool:
    """Whether some candidate pattern with no object takes `word` as its preposition ('walk-out-of-prep':
    walk + 'out'); 'pull-troop-out-of' needs an object, so 'troops pulled out of X' is no such case."""
    return any(q.prep == word and q.particle is None and not q.objects for q in cands)


def _characterizes(noun: Token) -> bool:
    """A nominal event that only describes another act: 'slammed the ruling as an attack on sovereignty',
    'recalled its ambassador in protest' (the recall is the act; the protest is its manner)."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.lemma_.lower() in TRUCE_NOUNS and \
            noun.head.lemma_.lower() in TRUCE_ENDINGS:
        return True  # 'the truce collapsed within hours': its end, not a truce declared
    if noun.dep_ == "dobj" and noun.lemma_.lower() in PACT_NOUNS and noun.head.lemma_.lower() in OBSERVANCE_VERBS:
        return True  # 'called on both sides to observe the agreement': one in force, not a new one
    if noun.dep_ != "pobj":
        return False
    prep = noun.head.lower_
    dets = {c.lower_ for c in kids(noun) if c.dep_ == "det"}
    if prep in TRUCE_SETTINGS and noun.lemma_.lower() in TRUCE_NOUNS:
        return True  # 'despite the Russian-brokered truce', 'under a ceasefire': a truce in force, not a new one
    if prep == "as":  # ('fired a missile as a warning' is a warning, named so by no one)
        return bool(dets & {"a", "an"}) and noun.head.head.lemma_.lower() in NAMING_VERBS
    return prep == "in" and not dets and noun.lower_ in ("protest", "retaliation", "response")


#: What a thing 'is met with' when that is a reception, not a meeting ('would be met with force').
RECEPTIONS = frozenset({"force", "resistance", "response", "fire", "opposition", "protest", "criticism",
                        "condemnation", "silence"})


#: Truces, and what is said of one already in force or ending.
TRUCE_NOUNS = frozenset({"truce", "ceasefire", "armistice"})
TRUCE_SETTINGS = frozenset({"despite", "under", "during", "amid", "since"})
TRUCE_ENDINGS = frozenset({"collapse", "expire", "crumble", "unravel", "fail", "falter", "end", "lapse"})


#: Agreements and truces, and the verbs that keep or break one already made ('observe the agreement').
PACT_NOUNS = TRUCE_NOUNS | {"agreement", "deal", "accord", "pact", "treaty"}
OBSERVANCE_VERBS = frozenset({"observe", "respect", "honour", "honor", "implement", "uphold", "obey", "enforce",
                              "breach", "violate", "break", "abide"})


#: Verbs that call something by a name ('slammed the ruling as an attack', 'denounced the vote as a farce').
NAMING_VERBS = frozenset({"slam", "condemn", "denounce", "describe", "brand", "label", "view", "see", "regard",
                          "decry", "criticize", "criticise", "reject", "dismiss", "hail", "welcome", "call",
                          "characterize", "characterise", "portray", "depict", "paint", "treat", "consider"})


def _particle_preps(tok: Token, particle: str) -> list[Token]:
    """The verb's particle where the parser made it a preposition right after the verb ('pulled out of')."""
    return [c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == particle and c.i == tok.i + 1]


def _match(tok: Token, lexicon: Lexicon) -> Pattern | None:
    """`match` without the memo."""
    pos = POS_OF.get(tok.pos_)
    if pos is None:
        return None
    cands = lexicon.candidates(pos, tok.lemma_.lower())
    if not cands and pos != "verb":
        return None  # (most tokens: nothing below can match them)
    if pos == "noun" and _characterizes(tok):
        return None
    if pos == "verb":
        tag = tok.tag_
        if tag == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "pobj", "pcomp") and \
                not any(c.dep_ in ("dobj", "aux") for c in kids(tok)):
            # 'Fighting between the army and the rebels intensified', 'killed in shelling by Russian forces': a
            # gerund subject or prepositional object is a nominal event
            cands = lexicon.candidates("noun", tok.lower_) or cands
        if not cands and tag in ("VBN", "VBG"):
            cands = lexicon.candidates("adj", tok.lower_)
        if not cands:
            return None
        if cands and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in kids(tok)):
            return None  # 'executed the injured': a participle with an article is a noun, not an act
        if tok.lemma_.lower() == "meet" and is_passive(tok) and \
                any(o.lemma_.lower() in RECEPTIONS or not names_people(o) for o in prep_objects(tok, ("with",))):
            return None  # 'would be met with force', 'was met with scepticism': a reception, not a meeting
        if tok.dep_ == "acl" and tag == "VBN" and tok.lemma_.lower() in STATE_PARTICIPLES and \
                not any(c.dep_ == "agent" for c in kids(tok)):
            return None  # 'gunmen armed with rifles' describes the gunmen; no one armed them here
    fallback: Pattern | None = None  # a pattern naming only the topic of talks ('trade talks' for trade)
    for p in cands:
        if fallback is not None and p.specificity < fallback.specificity:
            break
        if p.particle and not any(c.lower_ == p.particle and (c.dep_ == "prt" or (c.dep_ == "advmod" and c.i > tok.i)
                                                              or (c.dep_ == "prep" and c.i == tok.i + 1 and
                                                                  not _prep_pattern(cands, p.particle)))
                                  for c in kids(tok)):
            # the small model often makes the particle an adverb ('stepped down') or, before 'of', a
            # preposition ('pulled out of Mogadishu'), unless a pattern reads it as one ('walked out of talks')
            continue
        # 'pulled out of the deal' parsed with 'out' as a preposition: the 'of' hangs on the particle
        hosts = [tok, *_particle_preps(tok, p.particle)] if p.particle and p.prep else [tok]
        if p.prep and not any(c.dep_ in ("prep", "prt", "agent", "dative") and c.lower_ == p.prep
                              and (pos != "verb" or (c.i > tok.i and not _dated(c)))
                              for h in hosts for c in kids(h)) \
                and not (p.prep == "for" and _for_clause(tok) is not None):
            continue  # a fronted 'With the signing of ..., X agreed' is no 'agree with'; 'on Monday' no 'agree on'
        if p.prep and p.code[:2] == "01" and any(is_infinitive_complement(c) for c in kids(tok)):
            continue  # 'agreed with Israel to open the crossing' is an agreement to act, not a comment's accord
        if p.prep_objects and not any(w in p.prep_objects for h in hosts for o in prep_objects(h, (p.prep or "",))
                                      for w in object_words(o)):
            continue  # 'went on strike', 'applied for asylum'
        if p.objects:
            obj = object_token(tok)
            # 'sent rescue teams and medical supplies': any coordinated object may carry the pattern's word
            measure = [c for c in kids(tok) if c.dep_ == "npadvmod" and c.pos_ == "NOUN"]
            if not measure and (obj is None or not (any(w in p.objects for w in object_words(obj)) or
                                                    any(w in p.objects for o in conjuncts(obj)
                                                        for w in object_words(o)) or
                                                    ("city" in p.objects and names_a_place(obj)) or
                                                    ("place" in p.objects and names_a_place_or_country(obj)))):
                continue
            if measure and not any(w in p.objects for m in measure for w in object_words(m)) and \
                    (obj is None or not any(w in p.objects for w in object_words(obj))):
                continue  # ('gave the envoys 48 hours' parsed with the hours as an adverbial noun)
            if pos == "verb" and obj is not None and obj.pos_ == "NOUN":
                # 'launched a general strike': the object's own, more specific reading (a labour strike)
                # beats the verb's generic one (launching air strikes); the light verb still gives its actor
                own = match(obj, lexicon)
                generic = next((g for g in lexicon.candidates("noun", obj.lemma_.lower()) if not g.modifiers), None)
                named = {c.lemma_.lower() for c in kids(obj) if c.dep_ in ("compound", "amod")}
                if own is not None and own.modifiers and own.code[:2] != p.code[:2] and not named & p.objects \
                        and (generic is None or generic.code[:2] == p.code[:2]):
                    # unless the verb's pattern names that modifier itself ('threatened a hunger strike') or the
                    # verb frames the noun as another kind of act ('called off a week-long strike')
                    continue
        if p.subjects and not any(w in p.subjects for w in _subject_words(tok)):
            continue  # 'troops left Mali' is a withdrawal; 'the minister left Mali' a departure
        if p.no_object and object_token(tok) is not None:
            continue  # 'flew more oxygen to Manaus', 'flew him to The Hague': a transport, not a visit
        if p.people_object and (obj := object_token(tok)) is not None and not names_people(obj):
            continue  # 'began releasing treated water': a release of persons needs persons
        if p.complement and not _governs_infinitive(tok, p.complement):
            continue  # 'gave them 48 hours to leave', not 'gave the talks two more days'
        if p.modifiers and not any(c.dep_ in ("compound", "amod", "nmod", "npadvmod") and
                                   (c.lemma_.lower() in p.modifiers or c.lower_ in p.modifiers)
                                   for c in kids(tok)):
            continue
        if fallback is None and p.objects and (obj := object_token(tok)) is not None and \
                obj.lemma_.lower() in MEETING_HEADS and not _names_head(obj, p.objects):
            # 'suspended trade talks' are talks about trade: a pattern as specific that names the talks beats
            # one that names their topic ('hunger strike' and 'sarin gas' keep their modifier's reading)
            fallback = p
            continue
        return p
    return fallback


#: Object heads whose modifier names only a topic ('trade talks', 'nuclear negotiations', 'border dialogue').
MEETING_HEADS = frozenset({"talk", "negotiation", "dialogue", "meeting", "summit", "consultation", "discussion"})


def _names_head(obj: Token, words: frozenset[str]) -> bool:
    """Whether the object's head or a coordinated head is one of `words`; a compound alone does not count."""
    return any(h.lemma_.lower() in words or h.lower_ in words for h in (obj, *conjuncts(obj)))


#: Nouns for people that the actor base's role words do not list.
PEOPLE_WORDS = frozenset({
    "serviceman", "servicemen", "captain", "crew", "national", "sailor", "marine", "pilot", "fisherman",
    "fishermen", "tourist", "worker", "staff", "employee", "member", "missionary", "student", "reporter",
    "correspondent", "individual", "person", "suspect", "convict", "inmate", "passenger", "survivor", "body",
    "wounded", "injured", "sick", "family", "relative", "son", "daughter", "wife", "husband", "group", "mourner",
    "villager", "resident", "civilian", "pilgrim", "worshipper", "shopper", "guest", "patient", "child", "man",
    "engineer", "spy", "contractor", "technician", "scientist", "boy", "girl", "teenager", "driver", "volunteer",
    "guard", "expatriate", "athlete", "player", "lawyer", "counterpart", "envoy", "delegate", "negotiator",
})


#: Heads that count or take part of what their 'of' phrase names ('dozens of the detainees', 'some of them').
PART_WORDS = frozenset({"some", "many", "most", "all", "several", "dozen", "dozens", "hundred", "hundreds",
                        "thousand", "thousands", "score", "scores", "rest", "half", "none", "number", "majority",
                        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


#: Entity labels of amounts, which name no people ('withdrew $2 billion', 'captured 30 percent of the market').
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"})


def names_people(obj: Token) -> bool:
    """Whether an object (or a noun coordinated with it) names people or a body: a name, a pronoun, a
    role word ('prisoners', 'journalists'), a people noun ('the crew'), or 'some of them'."""
    base = load_actor_base()
    for o in (obj, *conjuncts(obj)):
        if o.pos_ in ("PROPN", "PRON") or (o.ent_type_ and o.ent_type_ not in AMOUNT_LABELS) or \
                o.lemma_.lower() in PEOPLE_WORDS or \
                o.lower_ in PEOPLE_WORDS or base.role_sector(o.lemma_.lower()) or base.role_sector(o.lower_):
            return True
        if (o.pos_ == "NUM" or o.lemma_.lower() in PART_WORDS) and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(names_people(g) for g in kids(c) if g.dep_ == "pobj")
                for c in kids(o)):
            return True  # 'dozens of the detainees', 'some of them'
    return False


def _dated(prep: Token) -> bool:
    """A preposition whose objects are all dates or times ('on Monday')."""
    objs = [o for o in kids(prep) if o.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def names_a_place(obj: Token) -> bool:
    """A proper name the gazetteer knows as a city or region ('captured Bakhmut'), so place patterns
    ('capture a city') apply to it; whatever label the tagger gave it."""
    if obj.pos_ != "PROPN" or obj.ent_type_ in ("DATE", "TIME", "PERSON_ACTOR", "ORG_ACTOR", "COUNTRY", "DEMONYM"):
        return False
    ent = ent_at(obj)
    place = resolve_place(ent.text if ent is not None else obj.text)
    return place is not None and place.precision in ("city", "admin1")


def names_a_place_or_country(obj: Token) -> bool:
    """A named city, region or country as an object ('left Mali', 'left Kabul')."""
    return obj.ent_type_ in ("COUNTRY", "GPE", "CAPITAL") or names_a_place(obj)


def _subject_words(tok: Token) -> list[str]:
    """The lemmas a subject constraint may match: the subject's head, and the whole a partitive or 'of'
    phrase names ('the last French soldiers of the force', 'some of the troops')."""
    subj = children(tok, "nsubj") or (children(tok.head, "nsubj") if tok.dep_ == "conj" else [])
    words = [w for t in subj for w in (t.lemma_.lower(), t.lower_)]
    words += [o.lemma_.lower() for t in subj for o in prep_objects(t, ("of",))]
    return words


#: Quantity nouns that are bare numbers: they count what their 'of' names and are no goods themselves.
NUMBER_NOUNS = frozenset({"million", "billion", "thousand", "hundred", "dozen"})


#: Object heads whose adjective says what kind they are ('chemical weapons', 'cluster munitions').
KIND_HEADS = frozenset({"weapon", "munition", "agent", "gas", "bomb", "substance", "level"})


def object_words(obj: Token) -> list[str]:
    """The words an object constraint may match: the object's lemma and form, the noun compounded into it
    ('aid deliveries'), and what a quantity noun measures ('25,000 tons of food aid', 'a package of sanctions')."""
    amounts = measured(obj)
    # 'millions of refugees' are refugees; 'five million' alone, or '$2 billion in the central bank', is money
    counted = amounts and obj.lemma_.lower() in NUMBER_NOUNS and obj.ent_type_ != "MONEY"
    words = [] if counted else [obj.lemma_.lower(), obj.lower_]
    if obj.tag_ in ("NNP", "NNPS") and obj.lower_.endswith("s"):
        words.append(obj.lower_[:-1])  # 'signed the Abraham Accords': the parser leaves a name's plural as it is
    words += [c.lemma_.lower() for c in kids(obj) if c.dep_ == "compound" or
              (c.dep_ == "amod" and obj.lemma_.lower() in KIND_HEADS)]
    for o in amounts:
        words += [o.lemma_.lower(), o.lower_]
        words += [g.lemma_.lower() for g in kids(o) if g.dep_ == "compound"]
    return words


def measured(obj: Token) -> list[Token]:
    """What a quantity noun measures ('part of a food aid package' -> package, '$2 million in aid' -> aid),
    else nothing."""
    if obj.lemma_.lower() not in QUANTITY_NOUNS:
        return []
    # '$3.5 million in military aid': an amount of money measures what its 'in' names too
    preps = ("of", "in") if obj.ent_type_ == "MONEY" else ("of",)
    return [o for c in kids(obj) if c.dep_ == "prep" and c.lower_ in preps for o in kids(c) if o.dep_ == "pobj"]
