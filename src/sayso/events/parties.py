"""The actors an event's role tokens stand for, the country a sentence lends them, and whether two actors
are the same, other or distinct sides."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sayso.actors.coreference import different_levels, different_titles, is_first_person
from sayso.actors.countries import city_country, coordinated_countries, named_countries, spans_many_countries
from sayso.actors.discourse import Discourse
from sayso.actors.groups import names_a_backer
from sayso.actors.resolve import resolve_token
from sayso.actors.sectors import PHYSICAL_TARGETS
from sayso.attribution import QuoteSpan, chain_steps, speaker_token
from sayso.doccache import doc_text, kids, sent_ents
from sayso.events import anchors, tree
from sayso.events.speakers import innermost_speaker
from sayso.events.state import ArticleState, Resources, Sent, token_key
from sayso.model import Actor

STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}
#: Sectors of people and groups that act inside one country's politics: with no country named near them they
#: are of the country the article is about ('the opposition', 'students', 'rebels').
DOMESTIC_SECTORS = {"OPP", "REB", "INS", "CVL", "EDU", "LAB"}

#: Prepositions whose object names where something happens ('protested in Hong Kong').
#: Places and seats a country owns, through which a possessive names where something happened
#: ('in Kosovo's parliament'); not 'at Russia's request', which names no place.
POSSESSED_PLACES = frozenset({"state", "province", "region", "city", "capital", "town", "village", "parliament",
                              "border", "embassy", "territory", "coast", "soil", "airspace", "waters", "north",
                              "south", "east", "west", "interior", "island", "port", "district", "county",
                              "area", "part", "heartland", "countryside", "outskirts", "prison", "camp",
                              "station", "square", "airport", "market", "university", "stadium"})
#: (not 'off': pirates 'off the coast of Yemen' are not Yemen's)
LOCATIVE_PREPS = ("in", "at", "across", "throughout", "inside", "near", "through", "outside", "around", "within",
                  "above")
#: Nouns of a settled place that a demonym can name the country of ('in the Kazakh town of Zhanaozen').
DEMONYM_PLACE_HEADS = frozenset({"city", "capital", "town", "village", "province", "region", "district", "county",
                                 "port", "island", "countryside", "hinterland"})
NOT_PLACE_LABELS = ("PERSON", "PERSON_ACTOR", "ORG_ACTOR", "DEMONYM", "NORP", "DATE", "TIME", "CARDINAL",
                    "ORDINAL", "MONEY", "PERCENT", "QUANTITY")


def actor(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
          on: date | None) -> Actor | None:
    """The actor a role token stands for, resolving first-person pronouns to their speaker."""
    if is_first_person(tok):
        sp = innermost_speaker(tok, s, res, st, quotes)
        if sp is None:
            return None
        return replace(sp, text=tok.text, start=tok.idx + s.off, end=tok.idx + len(tok.text) + s.off)
    if tok.lower_ in ("it", "they") and tok.dep_ in ("nsubj", "nsubjpass"):
        own = _speaker_itself(tok, s, res, st, quotes, on)
        if own is not None:
            return own
    k = token_key(tok, s.off)
    if k in st.actors:
        return st.actors[k]
    return resolve_token(tok, res.actors, on, s.off, Discourse())


def _speaker_itself(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
                    on: date | None) -> Actor | None:
    """'Iran said on Monday in a letter to the UN that it would ...': the subject 'it' (or 'they') of a
    speech cue's content is the speaker itself when the speaker is a body, not a person ('it') or a
    plural or group ('they'); whatever was mentioned in between does not intervene."""
    sp = _content_speaker(tok, res)
    if sp is None or sp.i == tok.i or sp.lower_ in ("it", "they", "he", "she", "we", "i"):
        return None
    speaker = st.actors.get(token_key(sp, s.off))
    if speaker is None:
        return None  # (an organisation sayso cannot code is still the one that speaks of itself)
    person = sp.ent_type_ in ("PERSON", "PERSON_ACTOR") or sp.lower_ in ("president", "minister", "spokesman")
    plural = sp.tag_ in ("NNS", "NNPS")
    if (tok.lower_ == "it" and (person or plural)) or (tok.lower_ == "they" and not plural):
        return None
    return replace(speaker, text=tok.text, start=tok.idx + s.off, end=tok.idx + len(tok.text) + s.off)


def _content_speaker(tok: Token, res: Resources) -> Token | None:
    """The grammatical speaker of the innermost speech cue whose content `tok` sits in, if any."""
    cue = next((t for kind, t in chain_steps(tok, res.lexicon) if kind == "cue"), None)
    return speaker_token(cue) if cue is not None else None


def actors(toks: list[Token], s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
           on: date | None) -> list[Actor]:
    """Resolve several role tokens, dropping those that name no actor; 'French and Chinese companies'
    gives one actor per country."""
    out = []
    for t in toks:
        sides = _two_sides(t, s, st)
        if sides:
            out.extend(sides)  # 'Armenia and Azerbaijan held talks. The two sides agreed ...': both of them
            continue
        group = _speaker_group(t, s, res, st, quotes, on) if t.lower_ in ("they", "them") else []
        if len(group) >= 2:
            out.extend(group)  # 'Lula and Modi said they will visit Kenya': both of them
            continue
        a = actor(t, s, res, st, quotes, on)
        if a is None:
            continue
        together = st.ctx.coordination_of(a) if t.lower_ in ("they", "them") else []
        if len(together) >= 2 and all(m.end <= t.idx + s.off for m in together):
            # 'Merkel and Hollande presented a plan. On Friday they held talks with Putin': both of them
            out.extend(replace(m, text=t.text, start=t.idx + s.off, end=t.idx + len(t.text) + s.off)
                       for m in together)
            continue
        countries = coordinated_countries(t, res.actors)
        if len(countries) >= 2 and a.country in {c for c, _ in countries}:
            out.extend(replace(a, country=iso3, actor_id=None, name=None, code=f"{cameo}{a.sector or ''}")
                       for iso3, cameo in countries)
        else:
            out.append(a)
    return out


#: Plural nouns that, made definite ('the two sides', 'both countries', 'the warring parties'), name the two
#: sides mentioned last.
SIDE_NOUNS = frozenset({"side", "party", "faction", "country", "nation", "leader", "government", "neighbour",
                        "neighbor", "rival", "foe", "adversary", "enemy", "belligerent", "combatant"})
#: Modifiers that make a side noun name a pair already in view ('the warring parties').
SIDE_MODIFIERS = frozenset({"two", "both", "warring", "opposing", "rival", "feuding"})


def _two_sides(tok: Token, s: Sent, st: ArticleState) -> list[Actor]:
    """The two sides named last, for 'the two sides', 'both countries', 'the warring parties' (a definite
    plural of a side noun); [] for anything else, or when no pair was mentioned in an earlier sentence."""
    if tok.lemma_.lower() not in SIDE_NOUNS or tok.tag_ != "NNS":
        return []
    before = [c for c in kids(tok) if c.i < tok.i]
    definite = any(c.lower_ == "both" or (c.dep_ == "det" and c.lower_ == "the") for c in before)
    if not definite or not any(c.lower_ in SIDE_MODIFIERS for c in before):
        return []
    # (named in an earlier sentence: 'a treaty binding both states' right after 'Chile and Peru agreed' in the
    # same sentence only restates the act already coded)
    pair = st.ctx.pair_before(s.span[0].idx + s.off)
    if pair is None:
        return []
    first = min(before, key=lambda c: c.i)
    start, end = first.idx + s.off, tok.idx + len(tok.text) + s.off
    mention = doc_text(tok.doc)[first.idx:tok.idx + len(tok.text)]
    return [replace(a, text=mention, start=start, end=end) for a in pair]


def _speaker_group(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
                   on: date | None) -> list[Actor]:
    """The coordinated speakers of the cue whose content a 'they' sits in ('A and B said they ...')."""
    sp = _content_speaker(tok, res)
    if sp is None or sp.lower_ in ("they", "them"):
        return []
    sides = [a for a in (actor(c, s, res, st, quotes, on) for c in tree.with_conjuncts(sp)) if a is not None]
    span = (tok.idx + s.off, tok.idx + len(tok.text) + s.off)
    return [replace(a, text=tok.text, start=span[0], end=span[1]) for a in sides] if len(sides) >= 2 else []


def domestic_target(actor: Actor, sources: list[Actor], code: str) -> Actor:
    """Police and courts (and a state, its government or army coercing or yielding, and any state force
    repressing) act on their own country's people:
    'Egyptian police dispersed demonstrators' -> Egyptian demonstrators; 'the French government scrapped
    the tax in a concession to protesters' -> French protesters. Only a non-state target without a
    country moves."""
    src = sources[0] if sources else None
    if src is None or not src.country or actor.country or actor.actor_id or \
            (not actor.sector and not actor.name) or actor.sector in {"IGO", "NGO"}:
        return actor  # (an unknown named body has a name and no sector: 'lifted the ban on the X Front')
    state = src.sector in STATE_SECTORS or (src.sector is None and src.actor_id == src.country.lower())
    if actor.sector in STATE_SECTORS and not (state and code[:2] == "17"):
        return actor  # a state's officials it arrests or purges are its own ('arrested royalist officials')
    # (not a military withdrawal: 'the withdrawal of Turkish troops from Bashiqa' is from a place abroad as often)
    if src.sector in ("COP", "JUD") or (state and code[:2] in ("08", "17") and code != "0874") or \
            (src.sector in STATE_SECTORS and code[:3] == "175"):  # repression ('soldiers shot dead protesters')
        return replace(actor, country=src.country, code=f"{(src.code or src.country)[:3]}{actor.sector or ''}")
    return actor


def actor_key(a: Actor | None) -> tuple | None:
    """What makes two mentions the same actor for de-duplication."""
    return None if a is None else (a.country, a.sector, a.actor_id or a.name)  # (unknown bodies by name)


def with_sentence_country(actor: Actor, s: Sent, res: Resources, st: ArticleState) -> Actor:
    """An actor with no country takes one from its sentence: the one country the sentence names as a place
    ('police arrested two doctors in Libya', 'people rallied in Hong Kong'); failing that, a state actor
    ('President X', 'the military government') takes the one country the sentence names at all. A country
    named only as the other party ('welcomed China's aid') says nothing about where civilians are from."""
    if actor.country or not actor.sector or actor.actor_id or (actor.code or "").startswith("IGO"):
        return actor  # (an IGO's person, 'U.N. mediator X', is of no country)
    if spans_many_countries(actor.text.lower().split()):
        return actor  # 'met European leaders in Brussels': a region's or the world's leaders are of no one country
    found = _place_countries(s, res)
    if not found and actor.sector in STATE_SECTORS:
        found = _sentence_countries(s, res, st) - _backers_in(actor, s, res)
        if found & _counterpart_countries(actor, s, st):
            return actor  # the one country named is a counterpart's
    if not found and st.dateline is not None and st.dateline.country and \
            {iso3 for iso3, _cameo in named_countries(s.span, res.actors)} <= {st.dateline.country}:
        # 'BUENOS AIRES, Dec 20 (Reuters) - Thousands of protesters marched ...': filed where it happened
        c = res.actors.country(st.dateline.country)
        found = {(c.iso3, c.cameo)} if c is not None else set()
    if not found and actor.sector in STATE_SECTORS | DOMESTIC_SECTORS and not named_countries(s.span, res.actors) and \
            (focus := st.ctx.focus()) is not None and (c := res.actors.country(focus)) is not None:
        # 'Bakeries in Mozambique raised prices. ... protested against the government': a state body named
        # in a sentence that names no country is of the country the article is about
        found = {(c.iso3, c.cameo)}
    if len(found) != 1:
        return actor
    iso3, cameo = next(iter(found))
    return replace(actor, country=iso3, code=f"{cameo}{actor.sector}")


#: People a demonym marks as foreigners where they are ('arrested two Chinese nationals').
FOREIGNER_NOUNS = frozenset({"national", "citizen", "tourist", "fisherman", "sailor", "crew", "crewman", "visitor",
                             "passport", "holder", "expatriate", "expat"})


def _foreign_mark(tok: Token, known: Actor) -> bool:
    """A demonym on a commercial craft or on foreign nationals ('seized a Chinese fishing boat', 'arrested two
    Chinese nationals'): it names whose they are, which the state body acting on them is least likely to be."""
    return (known.sector == "BUS" and tok.lemma_.lower() in BUS_CRAFT) or tok.lemma_.lower() in FOREIGNER_NOUNS


def _backers_in(actor: Actor, s: Sent, res: Resources) -> set[tuple[str, str]]:
    """The countries the actor's own words name as its backer or maker ('Iranian-built drones'), which the
    actor is not of."""
    found = set()
    for tok in s.tokens():
        if actor.start <= tok.idx + s.off < actor.end and names_a_backer(tok):
            c = res.actors.country_by_name(tok.text)
            if c is not None:
                found.add((c.iso3, c.cameo))
    return found


def _other_state(tok: Token, known: Actor) -> bool:
    """A state named bare as a party in the clause, not as a place ('the president tore up the deal with
    Iran', not 'police arrested him in Iran'), by name or by its capital ('drones struck Kyiv'): the unnamed
    official or force is the other side of it."""
    if not ((known.sector is None and tok.ent_type_ == "COUNTRY") or tok.ent_type_ == "CAPITAL"):
        return False
    # ('demands from the National Front for the Liberation of Zambia': a name's country is no party)
    return tok.dep_ in ("dobj", "nsubj", "nsubjpass", "dative") or \
        (tok.dep_ == "pobj" and tok.head.lower_ not in (*LOCATIVE_PREPS, "of") and tok.head.head.pos_ == "VERB")


#: Commercial craft, named by their owners' country ('a Chinese fishing boat').
BUS_CRAFT = frozenset({"tanker", "freighter", "ship", "vessel", "boat", "trawler", "carrier", "airliner", "plane",
                       "jet", "airline"})


def _sentence_countries(s: Sent, res: Resources, st: ArticleState) -> set[tuple[str, str]]:
    """Every country a sentence names or whose actors it mentions."""
    # 'welcomed China's assistance': a possessor is a party or an owner, not where one is
    found = named_countries(s.span, res.actors, possessors=False)
    for tok in s.tokens():  # countries of the sentence's resolved actors count too ('the Syrian Observatory')
        if tok.dep_ == "poss":
            continue
        known = st.actors.get(token_key(tok, s.off))
        if known is not None and known.country and (known.sector or known.actor_id):  # not "China's aid"
            found.add((known.country, known.code[:3] if known.code else known.country))
    return found


def _counterpart_countries(actor: Actor, s: Sent, st: ArticleState) -> set[tuple[str, str]]:
    """The countries of the other parties of the actor's sector in its own clause ('the minister summoned
    Niger's ambassador', 'the president of Niger met the minister'): a counterpart's country is the one
    the unnamed official is least likely to share. A mention in another clause ('Prime Minister X said
    the government would ...') or coordinated with the actor is no counterpart."""
    head = next((t for t in s.tokens() if actor.start <= t.idx + s.off < actor.end and
                 not actor.start <= t.head.idx + s.off < actor.end), None)
    if head is None:
        return set()
    clause = anchors.clause_of(head.head)
    # 'X and some 20 of his ministers': the actor's own phrase and its conjuncts are one side
    first = head
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN", "PRON"):
        first = first.head
    allies = {t.i for t in first.subtree}
    found = set()
    for tok in s.tokens():
        known = st.actors.get(token_key(tok, s.off))
        if known is None or not known.country or tok.i in allies or actor.start <= tok.idx + s.off < actor.end:
            continue
        # a foreign boat or national counts anywhere in the sentence ('fired on and sank a Chinese boat')
        if _foreign_mark(tok, known) or (anchors.clause_of(tok.head) == clause and
                                         (known.sector == actor.sector or _other_state(tok, known))):
            found.add((known.country, known.code[:3] if known.code else known.country))
    return found


def _place_countries(s: Sent, res: Resources) -> set[tuple[str, str]]:
    """The countries of the places a sentence names after a locative preposition ('in the capital Algiers')."""
    return {(iso3, cameo) for _e, iso3, cameo in place_mentions(s, res)}


def place_mentions(s: Sent, res: Resources) -> list[tuple[SpacySpan, str, str]]:
    """The places a sentence names after a locative preposition, with (iso3, cameo) of their country
    (looked up once per sentence and kept on it)."""
    if s.places is None:
        s.places = _find_place_mentions(s, res)
    return s.places


def _find_place_mentions(s: Sent, res: Resources) -> list[tuple[SpacySpan, str, str]]:
    """place_mentions without the per-sentence memo."""
    found = []
    for e in sent_ents(s.span):
        demonym = _demonym_place(e, res)
        if demonym is not None:
            found.append((e, *demonym))
            continue
        if e.label_ in NOT_PLACE_LABELS and e.label_ not in ("NORP", "PERSON"):
            continue  # the small model labels places loosely ('in Aleppo' as LANGUAGE): the gazetteer decides
        head = e.root
        while head.dep_ in ("compound", "appos", "pobj") and head.head.i != head.i and \
                not (head.dep_ == "pobj" and head.head.dep_ == "prep"):
            if head.dep_ == "compound" and head.head.pos_ == "NOUN" and \
                    head.head.lemma_.lower() not in POSSESSED_PLACES | PHYSICAL_TARGETS:
                break  # 'paid in US dollars', 'in Chinese waters' aside: a country word describing a thing
            head = head.head
        if head.dep_ == "poss" and head.head.lemma_.lower() in POSSESSED_PLACES:
            head = head.head  # 'in Kosovo's parliament', 'in north-western Nigeria's Zamfara state'
        if not (head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS) and \
                not (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "pobj"
                     and head.head.head.head.lower_ in LOCATIVE_PREPS):  # 'in the city of Algiers'
            continue
        if e.label_ in ("NORP", "PERSON"):  # 'near the town of Samarra' tagged as a group or 'in Rotterdam' as
            # a person: only the gazetteer may say
            pair = city_country(e.text, res.actors)
        else:
            c = res.actors.country_by_name(e.text) or res.actors.capital_country(e.text)
            pair = (c.iso3, c.cameo) if c is not None else city_country(e.text, res.actors)
        if pair is not None:
            found.append((e, *pair))
    return found


def _demonym_place(e: SpacySpan, res: Resources) -> tuple[str, str] | None:
    """The country (iso3, cameo) of a demonym that describes a settled place after a locative preposition
    ('in the western Kazakh town of Zhanaozen', 'in the Iraqi capital'), which names where things happen."""
    if e.label_ not in ("DEMONYM", "NORP") or e.root.dep_ not in ("amod", "compound") or \
            e.root.head.lemma_.lower() not in DEMONYM_PLACE_HEADS:
        return None
    head = e.root.head
    outer = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None  # 'the square of the town'
    if not (head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS) and \
            not (outer is not None and outer.dep_ == "pobj" and outer.head.lower_ in LOCATIVE_PREPS):
        return None
    c = res.actors.country_by_name(e.text)
    return (c.iso3, c.cameo) if c is not None else None


def same(a: Actor | None, b: Actor | None) -> bool:
    """The same actor on both sides of an event (which is then not coded as a pair)."""
    return a is not None and b is not None and bool(a.country) and a.country == b.country and \
        a.sector == b.sector and a.actor_id == b.actor_id


def other(a: Actor, b: Actor) -> bool:
    """Two actors known to be different sides: different countries, or two different named entities.

    Unresolved mentions ('officers', 'the ministry') give no evidence either way, so they are not 'other'.
    """
    if a.country and b.country:
        return a.country != b.country
    return bool(a.actor_id and b.actor_id and a.actor_id != b.actor_id)


def _same_mention(a: Actor, b: Actor) -> bool:
    """Two actors that are one mention, or one unknown named body ('the Umma party' and its 'it')."""
    return (a.start, a.end) == (b.start, b.end) or \
        bool(a.name and a.name == b.name and not a.actor_id and not b.actor_id)


def _uncoded(a: Actor) -> bool:
    """A mention kept as an actor with nothing resolved: no country, sector or entity."""
    return not (a.country or a.sector or a.actor_id)


def apart(found: list[Actor], sources: list[Actor]) -> list[Actor]:
    """The actors of `found` that may face every one of `sources` (an act's other side, not its doer)."""
    return [a for a in found if all(distinct(a, src) for src in sources)]


def distinct(a: Actor, b: Actor) -> bool:
    """Two actors that may face each other in an event: `other`; one country's different sectors ('the
    rebels' and 'the government'); a state and a non-state group of its own ('Croatia' and 'Croatian
    extremists'); or sectors that differ where a country is unknown."""
    if _same_mention(a, b):
        return False  # 'the Umma party demanded that it be allowed ...': 'it' is the party
    if other(a, b) or _uncoded(a) or _uncoded(b):
        return True  # an organisation sayso cannot code ('the Umma party') is not the country it acts on
    if a.name != b.name and ((a.name and not a.actor_id and not a.code) or (b.name and not b.actor_id and not b.code)):
        return True  # a named body sayso cannot code ('the Kenya Ethics Commission') and anyone else
    if different_titles(a.text, b.text) or different_levels(a.text, b.text):
        return True  # 'the minister summoned Niger's ambassador'; 'the governor' and 'the federal government'
    if a.country and b.country and (a.sector is None) != (b.sector is None):
        return (a.sector or b.sector) not in STATE_SECTORS
    if bool(a.country) != bool(b.country) and a.sector != b.sector:
        stateless = b if a.country else a  # 'the Forum said the US must ...': a body of no country is not the US
        if stateless.sector is not None and stateless.sector not in STATE_SECTORS:
            return True
    if a.country == b.country and not (a.sector or b.sector) and \
            ((a.name and not a.actor_id and b.actor_id) or (b.name and not b.actor_id and a.actor_id)):
        return True  # a named body sayso does not know ('the Green Dawn party') and its country
    return bool(a.sector and b.sector and a.sector != b.sector)
