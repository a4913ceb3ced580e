"""Code one article's parsed sentences into events: triggers, roles, attribution, mood, date and place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sayso.actors.base import ActorBase
from sayso.actors.resolve import (
    Discourse,
    city_country,
    coordinated_countries,
    is_first_person,
    resolve_token,
)
from sayso.attribution import QuoteSpan, according_to, chain_steps, cue_for, find_quotes, speaker_token
from sayso.doccache import doc_text, ent_at, forget, sent_ents, text_between
from sayso.events import anchors, roles
from sayso.events.lexicon import Lexicon, Pattern
from sayso.events.mood import factuality, mood_of
from sayso.model import Actor, Article, Attribution, Event, EventDate, Place, Span, event_id
from sayso.ontology import Ontology
from sayso.when_where import parse_published

HOSTILE_QUADS = (3, 4)
HOSTILE_ROOTS = ("15", "17", "18", "19", "20")
NON_FACT = {"hypothetical", "demanded", "threatened"}
MENTION_POS = {"PROPN", "NOUN", "PRON", "ADJ", "NUM"}
#: Tokens in these relations modify a noun phrase whose head is resolved instead.
MODIFIER_DEPS = {"compound", "amod", "det", "nummod", "quantmod", "prt", "punct", "case", "neg", "aux"}


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything the coder consults, loaded once per process."""

    lexicon: Lexicon
    actors: ActorBase
    ontology: Ontology


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One attribution found in the article (the quotes table): who, cue, content, kind."""

    speaker: Actor | None
    cue: Span | None
    content: Span
    kind: str
    event_id: str | None


@dataclass(frozen=True, slots=True)
class Coded:
    """The result of coding one article."""

    events: tuple[Event, ...]
    quotes: tuple[QuoteRecord, ...]
    n_sentences: int
    notes: tuple[str, ...] = ()


@dataclass
class _Sent:
    """A sentence with its document offset, global index and text (read once: Span.text walks tokens)."""

    span: SpacySpan
    off: int
    index: int
    text: str = ""


@dataclass
class _State:
    """Per-article working state (lives for one call of code_article)."""

    ctx: Discourse = field(default_factory=Discourse)
    actors: dict[tuple[int, int], Actor | None] = field(default_factory=dict)
    speakers: dict[tuple[int, int], Actor] = field(default_factory=dict)
    speech_ids: dict[tuple[int, int], str] = field(default_factory=dict)
    cue_tokens: dict[tuple[int, int], tuple[Token, _Sent]] = field(default_factory=dict)
    quote_speaker: dict[int, tuple[Actor | None, Span | None, tuple[int, int] | None]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def code_article(article: Article, docs: Sequence[tuple[Doc, int]], res: Resources) -> Coded:
    """Code an article from its parsed segments (each a Doc and its character offset in the document)."""
    published = parse_published(article.date) if article.date else None
    text = article.document
    quotes = find_quotes(text)
    sents: list[_Sent] = []
    for doc, off in docs:
        for s in doc.sents:
            sents.append(_Sent(s, off, len(sents), doc_text(doc)[s.start_char:s.end_char].strip()))
    st = _State()
    _resolve_mentions(sents, res, published, st, quotes)
    headline = _headline_speaker(article, sents, res, published, st)
    events: list[Event] = []
    quote_rows: list[QuoteRecord] = []
    for s in sents:
        evs = _code_sentence(article, s, res, published, st, quotes, headline)
        events.extend(evs)
    quote_rows = _quote_rows(quotes, st, text, sents, headline)
    for doc, _off in docs:
        forget(doc)
    return Coded(tuple(events), tuple(quote_rows), len(sents), tuple(st.notes))


def _key(tok: Token, off: int) -> tuple[int, int]:
    """A token's identity across segments."""
    return (off, tok.i)


def _resolve_mentions(sents: list[_Sent], res: Resources, on: date | None, st: _State,
                      quotes: list[QuoteSpan]) -> None:
    """Pass 1: resolve every noun phrase in reading order (coreference needs the order), find speakers."""
    for s in sents:
        for tok in s.span:
            if tok.pos_ in MENTION_POS and tok.dep_ not in MODIFIER_DEPS and \
                    (tok.pos_ != "ADJ" or tok.ent_type_) and not is_first_person(tok):
                ent = ent_at(tok) if tok.ent_iob_ != "O" else None
                if ent is not None and len(ent) > 1 and ent.root.i != tok.i:
                    continue  # a name is resolved once, at its head ('Observatory' in 'the Syrian Observatory for ...')
                st.actors[_key(tok, s.off)] = resolve_token(tok, res.actors, on, s.off, st.ctx)
            if cue_for(tok, res.lexicon) is not None and _is_speech_act(tok, s, res, quotes):
                sp = speaker_token(tok)
                if sp is not None:
                    actor = st.actors.get(_key(sp, s.off))
                    if actor is None and is_first_person(sp):
                        actor = _innermost_speaker(sp, s, res, st, quotes)
                    if actor is not None:
                        st.speakers[_key(tok, s.off)] = actor
                        st.cue_tokens[_key(tok, s.off)] = (tok, s)
                        st.ctx.last_speaker = actor
        _assign_quotes(s, res, st, quotes)


def _is_speech_act(tok: Token, s: _Sent, res: Resources, quotes: list[QuoteSpan]) -> bool:
    """A cue verb reports speech only with content: a clause, a quote beside it, or a coded target.

    'the territory it claims' has a cue verb but reports nothing; 'Putin said the US ...',
    '"...," Putin said' and 'accused Russia of ...' do.
    """
    if tok.lemma_.lower() in PREP_CUES and not any(
            c.dep_ in ("prep", "prt") and c.lower_ in PREP_CUES[tok.lemma_.lower()] for c in tok.children):
        return False  # 'what it called a hostile step' names; 'called on X to ...' appeals
    if any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in tok.children):
        return True
    if any(g.dep_ in ("relcl", "acl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
           for c in tok.children if c.dep_ == "dobj" for g in c.children):
        return True  # 'told a news conference that ...'
    if tok.dep_ in ("parataxis", "ccomp", "advcl") and tok.i > tok.head.i and \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True  # '..., state media reported' (but not '... to counter the militants')

    if tok.dep_ in ("parataxis", "ccomp") or (tok.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in tok.children)):
        return True
    pos = tok.idx + s.off
    s_start, s_end = s.span.start_char + s.off, s.span.end_char + s.off
    if any(q.start < s_end and q.end > s_start and not q.contains(pos) for q in quotes):
        return True
    cue = res.lexicon.cue(tok.lemma_.lower())
    pat = roles.match(tok, res.lexicon)
    code = pat.code if pat is not None else (cue.code if cue else None)
    if code == "010" and tok.tag_ in ("VBD", "VBZ", "VBP") and _clause_like_object(tok) is not None:
        return True
    return code not in (None, "010") and any(c.dep_ in ("dobj", "dative", "prep") for c in tok.children)


def _clause_like_object(tok: Token) -> Token | None:
    """A 'said' whose object is a misparsed clause ('said Armenia bore full responsibility')."""
    for c in tok.children:
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and sum(1 for _ in c.subtree) >= 3 and \
                any(g.dep_ in ("nmod", "compound", "amod") and g.pos_ in ("VERB", "PROPN") for g in c.children):
            return c
    return None


def _assign_quotes(s: _Sent, res: Resources, st: _State, quotes: list[QuoteSpan]) -> None:
    """Give each direct quote touching this sentence its speaker: a cue outside it, else the last speaker."""
    s_start = s.span.start_char + s.off
    s_end = s.span.end_char + s.off
    for qi, q in enumerate(quotes):
        if q.end < s_start or q.start > s_end:
            continue
        best: tuple[int, Token] | None = None
        for tok in s.span:
            pos = tok.idx + s.off
            if q.contains(pos) or _key(tok, s.off) not in st.speakers:
                continue
            dist = min(abs(pos - q.end), abs(pos - q.start))
            if best is None or dist < best[0]:
                best = (dist, tok)
        if best is not None:
            tok = best[1]
            if qi not in st.quote_speaker or st.quote_speaker[qi][2] is None:
                st.quote_speaker[qi] = (st.speakers[_key(tok, s.off)], _tok_span(tok, s.off), _key(tok, s.off))
        elif qi not in st.quote_speaker and st.ctx.last_speaker is not None and q.start >= s_start:
            st.quote_speaker[qi] = (st.ctx.last_speaker, None, None)


def _tok_span(tok: Token, off: int) -> Span:
    """A token as a document span (a cue: 'said'; a particle verb keeps its particle: 'summed up')."""
    last = tok
    for c in tok.children:
        if c.dep_ == "prt" and c.i == tok.i + 1:
            last = c
    start = tok.idx + off
    end = last.idx + len(last.text) + off
    return Span(text_between(tok, last), start, end)


def _headline_speaker(article: Article, sents: list[_Sent], res: Resources, on: date | None,
                      st: _State) -> tuple[Actor, Span, int] | None:
    """'Putin: the US is to blame' -> the speaker before the colon of the headline and the colon's offset."""
    if not article.title or not sents or ":" not in article.title:
        return None
    first = sents[0].span
    for tok in first:
        if tok.text == ":":
            before = [t for t in first if t.i < tok.i]
            for t in reversed(before):
                actor = st.actors.get(_key(t, sents[0].off))
                if actor is not None and (actor.country or actor.actor_id):
                    st.ctx.last_speaker = st.ctx.last_speaker or actor
                    return actor, Span(":", tok.idx + sents[0].off, tok.idx + 1 + sents[0].off), tok.i
            return None
    return None


def _links(tok: Token, s: _Sent, res: Resources, st: _State, quotes: list[QuoteSpan],
           headline: tuple[Actor, Span, int] | None) -> tuple[list[Attribution], list[str]]:
    """The attribution chain of a token, outermost first, with the stance of each link."""
    links: list[Attribution] = []
    stances: list[str] = []
    cue_keys = set()
    for kind, t in chain_steps(tok, res.lexicon):
        if kind == "cue":
            k = _key(t, s.off)
            cue_keys.add(k)
            speaker = st.speakers.get(k)
            if speaker is None:
                continue
            cue = res.lexicon.cue(t.lemma_.lower())
            qi = _quote_index(tok.idx + s.off, quotes)
            direct = qi is not None and st.quote_speaker.get(qi, (None, None, None))[2] == k
            links.append(Attribution(speaker, _tok_span(t, s.off), "direct" if direct else "indirect",
                                     st.speech_ids.get(k)))
            stances.append(cue.stance if cue else "asserts")
        else:
            speaker = st.actors.get(_key(t, s.off))
            if speaker is None:
                continue
            prep = t.head.head if t.head.head is not None else t.head
            links.append(Attribution(speaker, Span(text_between(prep, t.head),
                                                   prep.idx + s.off, t.head.idx + len(t.head.text) + s.off),
                                     "according_to", None))
            stances.append("reports")
    qi = _quote_index(tok.idx + s.off, quotes)
    if qi is not None and qi in st.quote_speaker:
        speaker, cue_span, cue_key = st.quote_speaker[qi]
        if cue_key not in cue_keys and _key(tok, s.off) != cue_key and speaker is not None:
            links.append(Attribution(speaker, cue_span, "direct", st.speech_ids.get(cue_key) if cue_key else None))
            stances.append("asserts")
    if headline and s.index == 0 and tok.i > headline[2]:
        links.append(Attribution(headline[0], headline[1], "headline", None))
        stances.append("asserts")
    links.reverse()
    stances.reverse()
    return links, stances


def _quote_index(pos: int, quotes: list[QuoteSpan]) -> int | None:
    """Index of the quote holding a character offset."""
    for i, q in enumerate(quotes):
        if q.contains(pos):
            return i
    return None


def _innermost_speaker(tok: Token, s: _Sent, res: Resources, st: _State,
                       quotes: list[QuoteSpan]) -> Actor | None:
    """Whose words a token is in: the innermost link of its chain (for 'we', 'us', 'our')."""
    links, _ = _links(tok, s, res, st, quotes, None)
    return links[-1].speaker if links else None


def _actor(tok: Token, s: _Sent, res: Resources, st: _State, quotes: list[QuoteSpan],
           on: date | None) -> Actor | None:
    """The actor a role token stands for, resolving first-person pronouns to their speaker."""
    if is_first_person(tok):
        sp = _innermost_speaker(tok, s, res, st, quotes)
        if sp is None:
            return None
        from dataclasses import replace
        return replace(sp, text=tok.text, start=tok.idx + s.off, end=tok.idx + len(tok.text) + s.off)
    k = _key(tok, s.off)
    if k in st.actors:
        return st.actors[k]
    return resolve_token(tok, res.actors, on, s.off, Discourse())


def _actors(toks: list[Token], s: _Sent, res: Resources, st: _State, quotes: list[QuoteSpan],
            on: date | None) -> list[Actor]:
    """Resolve several role tokens, dropping those that name no actor; 'French and Chinese companies'
    gives one actor per country."""
    out = []
    for t in toks:
        group = _speaker_group(t, s, res, st, quotes, on) if t.lower_ in ("they", "them") else []
        if len(group) >= 2:
            out.extend(group)  # 'Obama and Putin said they will attack Iraq': both of them
            continue
        a = _actor(t, s, res, st, quotes, on)
        if a is None:
            continue
        countries = coordinated_countries(t, res.actors)
        if len(countries) >= 2 and a.country in {c for c, _ in countries}:
            out.extend(replace(a, country=iso3, actor_id=None, name=None, code=f"{cameo}{a.sector or ''}")
                       for iso3, cameo in countries)
        else:
            out.append(a)
    return out


def _speaker_group(tok: Token, s: _Sent, res: Resources, st: _State, quotes: list[QuoteSpan],
                   on: date | None) -> list[Actor]:
    """The coordinated speakers of the cue whose content a 'they' sits in ('A and B said they ...')."""
    cue = next((t for kind, t in chain_steps(tok, res.lexicon) if kind == "cue"), None)
    sp = speaker_token(cue) if cue is not None else None
    if sp is None or sp.lower_ in ("they", "them"):
        return []
    sides = [a for a in (_actor(c, s, res, st, quotes, on) for c in roles.with_conjuncts(sp)) if a is not None]
    span = (tok.idx + s.off, tok.idx + len(tok.text) + s.off)
    return [replace(a, text=tok.text, start=span[0], end=span[1]) for a in sides] if len(sides) >= 2 else []


def _code_sentence(article: Article, s: _Sent, res: Resources, on: date | None, st: _State,
                   quotes: list[QuoteSpan], headline: tuple[Actor, Span, int] | None) -> list[Event]:
    """Pass 2: every trigger in a sentence -> events (speech events first, so content can point at them)."""
    out: list[Event] = []
    consumed: set[int] = set()
    cues = [t for t in s.span if _key(t, s.off) in st.speakers]
    pending_speech: list[tuple[Token, Pattern | None]] = []
    for t in cues:
        pat = roles.match(t, res.lexicon)
        if _speech_code(pat, res.lexicon.cue(t.lemma_.lower())) is None:
            continue
        st.speech_ids[_key(t, s.off)] = event_id(article.id, s.index, t.idx + s.off,
                                                  t.idx + len(t.text) + s.off, "speech")
        pending_speech.append((t, pat))
    content_events: list[tuple[Event, Token]] = []
    for tok in s.span:
        if _key(tok, s.off) in st.speakers or tok.i in consumed:
            continue
        p = roles.match(tok, res.lexicon)
        if p is None:
            continue
        if p.pos == "adj" and p.code.startswith("11"):
            continue  # 'X is responsible for ...' is the speaker's accusation, coded with the speech event
        if p.pos == "noun" and tok.dep_ == "compound" and tok.head.lemma_.lower() not in roles.EVENT_HEADS:
            continue  # 'aid groups', 'protest leaders': the noun describes its head, it is no event
        named = ([roles.object_token(tok)] if p.objects else []) + \
            (roles.prep_objects(tok, (p.prep or "",)) if p.prep_objects else [])
        for obj in named:
            if obj is not None:  # the object named in the pattern is part of this event, not one of its own
                for o in [obj, *roles.measured(obj)]:
                    consumed.add(o.i)
                    consumed.update(c.i for c in o.children if c.dep_ == "compound")
        for ev in _events_for(article, s, tok, p, res, on, st, quotes, headline):
            out.append(ev)
            content_events.append((ev, tok))
    out = _drop_targetless_repeats(out)
    for t, pat in pending_speech:
        out.extend(_speech_events(article, s, t, pat, res, on, st, quotes, headline, content_events))
    if headline and s.index == 0:
        out.extend(_headline_event(article, s, res, on, st, quotes, headline, content_events))
    return out


def _domestic(actor: Actor, sources: list[Actor], code: str) -> Actor:
    """Police and courts (and a government coercing or yielding) act on their own country's people:
    'Egyptian police dispersed demonstrators' -> Egyptian demonstrators; 'the French government scrapped
    the tax in a concession to protesters' -> French protesters. Only a non-state target without a
    country moves."""
    src = sources[0] if sources else None
    if src is None or not src.country or actor.country or actor.actor_id or not actor.sector or \
            actor.sector in STATE_SECTORS:
        return actor
    if src.sector in ("COP", "JUD") or (src.sector in ("GOV", "LEG") and code[:2] in ("08", "17")):
        return replace(actor, country=src.country, code=f"{(src.code or src.country)[:3]}{actor.sector}")
    return actor


def _drop_targetless_repeats(events: list[Event]) -> list[Event]:
    """Drop an event with no target when the same actor does the same act (same code) to someone in the
    same sentence ('met with Assad to discuss ...': the discussing is the meeting, already coded with its
    target); 'bombed a hall, killing mourners' keeps both acts."""
    aimed = {(_actor_key(e.source), e.cameo_code, e.negated) for e in events if e.target is not None}
    return [e for e in events if e.target is not None or e.source is None
            or (_actor_key(e.source), e.cameo_code, e.negated) not in aimed]


def _actor_key(a: Actor | None) -> tuple | None:
    """What makes two mentions the same actor for de-duplication."""
    return None if a is None else (a.country, a.sector, a.actor_id)


def _events_for(article: Article, s: _Sent, tok: Token, p: Pattern, res: Resources, on: date | None,
                st: _State, quotes: list[QuoteSpan], headline) -> list[Event]:
    """Events of one non-speech trigger: one per source x target pair (coordination, reciprocity)."""
    if p.pos == "noun":
        governed = tok.dep_ == "dobj" and roles.match(tok.head, res.lexicon) is not None
        src_toks, tgt_toks = roles.noun_roles(tok, p, lexicon_has_verb=governed)
    elif roles.is_stative_passive(tok, p):
        # 'Vietnam is committed to reform', 'Iran is opposed to the plan': the subject holds the attitude
        src_toks = roles.with_conjuncts(roles.children(tok, "nsubjpass")[0])
        tgt_toks = roles.prep_objects(tok, p.target_prep or ((p.prep,) if p.prep else ()))
    else:
        src_toks = roles.subject_tokens(tok)
        tgt_toks = roles.target_tokens(tok, p)
    sources = [_with_sentence_country(a, s, res, st) for a in _actors(src_toks, s, res, st, quotes, on)]
    targets = [_with_sentence_country(a, s, res, st) for a in _actors(tgt_toks, s, res, st, quotes, on)]
    if not sources and p.pos == "verb" and p.code[:2] in HOSTILE_ROOTS:
        # 'a mortar was fired at Israel from the Gaza Strip': where a hostile act came from is its side
        origin = [a for a in _actors(roles.prep_objects(tok, ("from",)), s, res, st, quotes, on) if a.country]
        if origin:
            sources = [replace(origin[0], sector=None, code=origin[0].code[:3] if origin[0].code else None)]
    if not sources and p.pos == "verb" and p.code[:3] in STATE_ACTS and roles.is_passive(tok):
        # 'was arrested in Lebanon': arrests, bans and curfews are the acts of the state where they happen
        sources = _place_government(s, res)
        state_source = bool(sources)
    else:
        state_source = False
    if not sources and p.pos == "verb":
        noun = roles.agent_event_noun(tok)
        noun_pat = roles.match(noun, res.lexicon) if noun is not None else None
        if noun is not None and noun_pat is not None and noun_pat.pos == "noun":
            sources = _actors(roles.noun_roles(noun, noun_pat)[0], s, res, st, quotes, on)
    if not sources and p.pos == "verb" and p.code[:2] in VIOLENT_ROOTS:
        demonym = roles.demonym_before_gerund(tok)
        if demonym is not None:
            sources = _actors([demonym], s, res, st, quotes, on)
    unidentified = False
    if not sources and p.code[:2] in VIOLENT_ROOTS:
        # 'a roadside bomb near Samarra killed a soldier': CAMEO's unidentified armed forces (UAF) of the
        # country where the violence happened
        sources = [replace(g, sector="UAF", code=f"{g.code[:3]}UAF") for g in _place_government(s, res)]
        unidentified = bool(sources)
    domestic_object = False
    if p.objects and not targets:
        # 'expelled 18 Russian diplomats': the object's country is the one the act is aimed at
        obj = roles.object_token(tok)
        got = _actor(obj, s, res, st, quotes, on) if obj is not None else None
        got = _with_sentence_country(got, s, res, st) if got is not None else None
        placed = _domestic(got, sources, p.code) if got is not None else None
        if placed is not None and placed.country and (placed.sector or placed.actor_id) and \
                all(_distinct(placed, a) for a in sources):  # 'Egypt banned the Brotherhood' is aimed at it
            targets = [placed]
            domestic_object = placed is not got
    mutual = bool(targets)  # only a partner named by the trigger itself agrees/meets back ('agreed with X')
    if not targets and p.pos == "verb":
        targets = _object_authors(tok, s, res, st, quotes, on, sources)
    if not targets and p.code[:2] in ("03", "13"):
        targets = _content_targets(tok, s, res, st, quotes, on, sources)  # 'threatened to cut ties with X'
    if not targets and p.pos == "verb":
        targets = _fallback_targets(tok, s, res, st, quotes, on, sources, code=p.code)
    if not targets and (p.code[:2] == "13" or mood_of(tok, res.lexicon) == "threatened"):
        targets = _condition_targets(tok, s, res, st, quotes, on, sources)  # '... unless Baghdad accepts'
    if not targets and p.code[:2] == "14":
        targets = _purpose_targets(tok, s, res, st, quotes, on, sources)  # 'a hunger strike to protest X'
    if not targets and p.code[:2] in ("02", "10"):
        targets = [a for a in _obliged(tok, s, res, st, quotes, on)
                   if all(_distinct(a, src) for src in sources)]  # 'demanding that he be reinstated'
    place_country_target = False
    if not targets and p.code[:3] in PLACE_TARGET_CODES:
        targets = _place_country_target(tok, s, res)  # 'imposed a curfew in Kano'
        place_country_target = bool(targets)
    place_target = not targets and p.code.startswith("14")  # a protest is aimed at where it happens
    group = len(sources) >= 2 and not targets and (p.symmetric or _reciprocal_object(tok))
    if p.symmetric and not targets and not group:
        targets = _actors(roles.symmetric_partner(tok), s, res, st, quotes, on)
        mutual = bool(targets)
    fixed = [_domestic(a, sources, p.code) for a in targets]
    domestic = fixed != targets or domestic_object
    targets = fixed
    if not sources and not targets:
        st.notes.append(f"sentence {s.index}: trigger '{tok.text}' ({p.id}) has no actor")
        return []
    links, stances = _links(tok, s, res, st, quotes, headline)
    mood = mood_of(tok, res.lexicon)
    negated = roles.is_negated(tok)
    code, rule = p.code, p.id
    if state_source:
        rule = f"{rule}+place-government-source"  # an inference: see docs/coding-conventions.md
    if domestic:
        rule = f"{rule}+domestic-target"
    if unidentified:
        rule = f"{rule}+unidentified-armed-forces"
    if place_country_target:
        rule = f"{rule}+place-target"
    refusal = mood == "intended" or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in roles.REFUSAL_VERBS)
    condition = _condition_clause(tok)
    # an announced act ('said it would', 'will'), not the reporter's supposition ('X would strike if ...');
    # under 'threatened to' the threat verb is the event
    threat = _threat_code(code) if condition is not None and not negated and mood == "intended" else None
    threat_rule = "conditional-threat"
    if threat is None and not negated and mood == "intended" and links and sources and \
            links[-1].speaker is not None and not _distinct(sources[0], links[-1].speaker) and \
            sources[0].country == links[-1].speaker.country:
        # 'Palestinian leaders said they would boycott contact with the US': a hostile act a speaker
        # announces of itself is a threat to its target (CAMEO 13x)
        threat, threat_rule = _threat_code(code), "announced-threat"
    if threat is None and not negated and mood == "intended" and code[:2] in INTENT_AS:
        # CAMEO codes a cooperative act that is only announced ('Finland will give Tanzania a grant',
        # 'they would meet the envoy') as the intent to do it (03x); factuality stays 'intended'
        code, rule = INTENT_AS[code[:2]], f"{p.id}+intent"
    if negated and refusal and code[:2] in REJECTED_AS:
        # CAMEO codes a refused act of cooperation as a rejection ('will not accept refugees', 'refused to
        # deploy'); a plain past negation ('did not commit') stays the act, marked negated
        code, rule, negated = REJECTED_AS[code[:2]], f"{p.id}+negated-cooperation", False
        mood = None if mood == "intended" else mood
    if threat is not None:
        # 'will withdraw its peacekeepers unless the junta holds elections': CAMEO codes an act announced
        # on a condition put to another actor as the threat of that act (13x)
        code, rule, mood = threat, f"{rule}+{threat_rule}", "threatened"
        if not targets and condition is not None:
            targets = [a for a in _actors(roles.children(condition, "nsubj"), s, res, st, quotes, on)
                       if all(_distinct(a, src) for src in sources)]
            targets = [_with_sentence_country(a, s, res, st) for a in targets]
    fact = factuality(mood, stances)
    pairs = [(a, b) for a in (sources or [None]) for b in (targets or [None])]
    if p.symmetric and mutual and sources and targets and len(sources) == 1 and len(targets) == 1:
        # 'agreed with X' is mutual; 'agreed to lift the sanctions on Iran' is not an agreement with Iran
        pairs.append((targets[0], sources[0]))
    if group:
        # 'The US, Russia and Switzerland met', 'A and B accused each other': every ordered pair
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    found = _place_and_mention(tok, s, st, sources[0], None) if place_target and sources else None
    known_place = found[0] if found is not None else None
    if known_place is None and (unidentified or state_source):
        # the place that stands for the inferred actor is still where the event happened
        inferred = _place_and_mention(tok, s, st, None, targets[0] if targets else None)
        known_place = inferred[0] if inferred is not None else None
    if found is not None and found[0].country:
        place, mention = found
        c = res.actors.country(place.country)
        if c is not None:
            # the government of the place, named by the place's mention (an inference: see the rule)
            gov = Actor(text=mention.text, start=mention.start_char + s.off, end=mention.end_char + s.off,
                        actor_id=c.iso3.lower(), name=c.name, country=c.iso3, sector="GOV", code=f"{c.cameo}GOV")
            pairs = [(a, gov) for a in sources]
            rule = f"{rule}+place-government-target"
    if pairs and all(_same(a, b) for a, b in pairs):
        pairs = [(a, None) for a, _b in pairs]  # 'Iraq had attacked themselves': reflexive, no other party
    out = []
    for n, (src, tgt) in enumerate(pairs):
        if _same(src, tgt):
            continue
        out.append(_make_event(article, s, tok, code, rule, src, tgt, negated, fact, links, res, on, st,
                               salt=str(n), place=known_place))
    return out


#: The threat (13x) an act becomes when announced on a condition: most specific code prefix first.
THREAT_AS = (("161", "1313"), ("162", "1311"), ("163", "1312"), ("164", "134"), ("165", "135"),
             ("166", "136"), ("0874", "136"), ("172", "132"), ("12", "130"), ("14", "133"), ("15", "138"),
             ("16", "131"), ("17", "137"), ("18", "1383"), ("19", "1384"), ("20", "1385"))


def _threat_code(code: str) -> str | None:
    """The threat code for a hostile act (None for cooperative acts: 'will sign if ...' is no threat)."""
    return next((threat for prefix, threat in THREAT_AS if code.startswith(prefix)), None)


def _condition_clause(tok: Token) -> Token | None:
    """The 'unless ...' / 'if ...' clause attached to a future or modal act ('will cut aid unless X ...')."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in tok.children) and \
            not roles.is_infinitive_complement(tok):
        return None
    for c in tok.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children):
            return c
    return None


#: Codes whose target is the population of the place they happen in: curfews and emergency rule (imposed
#: on it), aid and its suspension (delivered to it), withdrawals (from it).
PLACE_TARGET_CODES = ("172", "132", "070", "071", "072", "073", "074", "075", "162", "087")


def _condition_targets(tok: Token, s: _Sent, res: Resources, st: _State, quotes, on,
                       sources: list[Actor]) -> list[Actor]:
    """'threatened to halt the talks if Greece went ahead': a threat is aimed at whom its condition names."""
    clauses = [tok, *(c for c in tok.children if roles.is_infinitive_complement(c))]
    for t in clauses:
        for c in t.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                got = [_with_sentence_country(a, s, res, st)
                       for a in _actors(roles.children(c, "nsubj"), s, res, st, quotes, on)]
                got = [a for a in got if all(_distinct(a, src) for src in sources)]
                if got:
                    return got
    return []


#: Roots of a clause that says whom a protest is aimed at ('demanding ...', 'denouncing ...').
PURPOSE_ROOTS = ("10", "11", "12", "14")


def _purpose_targets(tok: Token, s: _Sent, res: Resources, st: _State, quotes, on,
                     sources: list[Actor]) -> list[Actor]:
    """'began a hunger strike to protest President Moi's refusal', 'marched demanding the removal of X':
    a protest is aimed at whom its purpose clause acts on."""
    anchor = tok.head if tok.dep_ == "dobj" else tok
    for c in anchor.children:
        if c.i == tok.i or c.pos_ != "VERB" or c.dep_ not in ("advcl", "xcomp", "acl"):
            continue
        p = roles.match(c, res.lexicon)
        purpose = any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        if not purpose and (p is None or p.code[:2] not in PURPOSE_ROOTS):
            continue  # 'demanding the removal of X' says whom; 'scaling a pole' does not
        toks = roles.target_tokens(c, p) if p is not None else roles.plain_target_tokens(c)
        got = [_with_sentence_country(a, s, res, st) for a in _actors(toks, s, res, st, quotes, on)]
        got = [a for a in got if (a.country or a.actor_id or a.sector) and all(_distinct(a, x) for x in sources)]
        got = got or _object_authors(c, s, res, st, quotes, on, sources) or \
            [a for a in _obliged(c, s, res, st, quotes, on) if all(_distinct(a, x) for x in sources)] or \
            _fallback_targets(c, s, res, st, quotes, on, sources, code=p.code if p else "")
        if got:
            return got
    return []


#: Roots of violence whose unnamed perpetrators CAMEO codes as the place's unidentified armed forces.
VIOLENT_ROOTS = ("18", "19", "20")

#: Acts only a state does: a passive one without its agent is the act of the government where it happens.
STATE_ACTS = ("172", "173", "174")


def _place_government(s: _Sent, res: Resources) -> list[Actor]:
    """The government of the one country a sentence names as a place, by the place's mention."""
    places = _place_mentions(s, res)
    if len({iso3 for _e, iso3, _c in places}) != 1:
        return []
    ent, iso3, cameo = places[0]
    c = res.actors.country(iso3)
    return [Actor(text=ent.text, start=ent.start_char + s.off, end=ent.end_char + s.off, actor_id=None,
                  name=c.name if c is not None else iso3, country=iso3, sector="GOV", code=f"{cameo}GOV")]


def _place_country_target(tok: Token, s: _Sent, res: Resources) -> list[Actor]:
    """The country where a curfew or emergency rule is imposed ('in Kano'), as the one it is aimed at; the
    place's mention stands for it."""
    places = _place_mentions(s, res)
    if len({iso3 for _e, iso3, _c in places}) != 1:
        return []
    ent, iso3, cameo = places[0]
    c = res.actors.country(iso3)
    return [Actor(text=ent.text, start=ent.start_char + s.off, end=ent.end_char + s.off, actor_id=iso3.lower(),
                  name=c.name if c is not None else iso3, country=iso3, sector=None, code=cameo)]


#: Nouns of an 'in ... to X' phrase that names whom an act answers ('in a concession to protesters').
RESPONSE_NOUNS = {"concession", "response", "retaliation", "reply", "deference", "solidarity", "protest",
                  "reaction", "answer", "defiance"}
#: Nouns of a 'border with X' phrase that names the neighbour an act is aimed at.
BORDER_NOUNS = {"border", "frontier", "boundary"}

#: Prepositions inside an acted-on noun that name whom it concerns ('a war against Iraq', 'crimes by X').
DEEP_PREPS = ("against", "by", "of", "on", "with", "from", "for")

#: Roots whose 'from X' names the one the act is aimed at ('withdrew its troops from Lebanon').
FROM_TARGET_ROOTS = ("08", "16")


def _fallback_targets(tok: Token, s: _Sent, res: Resources, st: _State, quotes, on,
                      sources: list[Actor], code: str = "") -> list[Actor]:
    """When the object is not an actor: whose it is, whom it is against or by whom it was made ('shelled
    positions of the Palestinian forces', 'threatened action against Russia', 'rejected an appeal from
    the president', 'welcomed Reagan's statement', 'attacked a camp for refugees'), else a named actor
    after 'to' ('apologized to Brazil') or, for withdrawals and cuts, after 'from'."""
    obj = roles.object_token(tok)
    cands: list[Token] = []
    if obj is not None:
        cands += roles.children(obj, "poss")
        cands += roles.prep_objects(obj, ("against", "on", "with", "to", "of", "upon", "by", "from", "for"))
    cands += roles.prep_objects(tok, ("to", "against") if roles.is_passive(tok) else ("to", "against", "by"))
    for o in tok.subtree:
        if o.dep_ != "pobj" or o.sent.start != tok.sent.start:
            continue
        if o.head.lower_ == "in" and o.lemma_.lower() in RESPONSE_NOUNS:
            cands += roles.prep_objects(o, ("to", "against", "for", "with", "of"))  # 'in a concession to X'
        elif o.lemma_.lower() in BORDER_NOUNS:  # 'massed troops near its border with Ukraine'
            cands += roles.prep_objects(o, ("with",))
    if code[:2] in FROM_TARGET_ROOTS:
        # 'withdrew from Lebanon' is aimed at Lebanon; 'withdrew from Aden' names a place, not a side
        cands += [o for o in roles.prep_objects(tok, ("from",)) if o.ent_type_ not in roles.PLACE_ONLY]
    purpose = roles.prep_objects(tok, ("for",))  # 'mobilized reservists for a war against Iraq'
    inner = [o for c in [*cands, *purpose] for o in [*roles.children(c, "poss"), *roles.prep_objects(c, DEEP_PREPS)]]
    for c in [*cands, *inner]:  # 'mobilized reservists for a war against Iraq': one step further in
        if c.lower_ in ("its", "their", "his", "her", "our", "my", "your"):
            continue  # 'withdrew its troops': the possessor is the source itself
        got = [_with_sentence_country(a, s, res, st) for a in _actors(roles.with_conjuncts(c), s, res, st, quotes, on)]
        got = [a for a in got if (a.country or a.actor_id or a.sector) and all(_distinct(a, src) for src in sources)]
        if got:
            return got
    return []


def _object_authors(tok: Token, s: _Sent, res: Resources, st: _State, quotes, on,
                    sources: list[Actor]) -> list[Actor]:
    """'rejected calls by Belarus', 'condemned Russia's attack': the author of the act a verb responds to."""
    obj = roles.object_token(tok)
    obj_pat = roles.match(obj, res.lexicon) if obj is not None else None
    if obj is None or obj_pat is None or obj_pat.pos != "noun":
        return []
    return [a for a in _actors(roles.noun_roles(obj, obj_pat)[0], s, res, st, quotes, on)
            if all(_distinct(a, src) for src in sources)]


def _content_targets(tok: Token, s: _Sent, res: Resources, st: _State, quotes, on,
                     sources: list[Actor]) -> list[Actor]:
    """'agreed to lift the sanctions on Iran', 'pledged to continue aid to Chad': an intent or threat takes
    the target of the act it announces, following a chain of infinitives (coded acts or not)."""
    frontier = [c for c in tok.children if roles.is_infinitive_complement(c)]
    for _ in range(3):
        deeper = []
        for c in frontier:
            p = roles.match(c, res.lexicon)
            toks = roles.target_tokens(c, p) if p is not None else roles.plain_target_tokens(c)
            if not toks and p is not None and p.objects and roles.object_token(c) is not None:
                toks = roles.with_conjuncts(roles.object_token(c))  # 'threatened to ban opposition candidates'
            got = [a for a in _actors(toks, s, res, st, quotes, on) if a.country or a.actor_id or a.sector]
            got = [a for a in got if all(_distinct(a, src) or not src.country for src in sources)]
            if not got and c.pos_ == "VERB":
                got = _fallback_targets(c, s, res, st, quotes, on, sources, code=p.code if p else "")
            if got:
                return got
            deeper += [g for g in c.children if roles.is_infinitive_complement(g)]
        frontier = deeper
    return []


#: The rejection code a negated act of cooperation becomes, by the act's CAMEO root.
INTENT_AS = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
REJECTED_AS = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "121", "08": "124"}
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}


#: Prepositions whose object names where something happens ('protested in Hong Kong').
LOCATIVE_PREPS = ("in", "at", "across", "throughout", "inside", "near")
NOT_PLACE_LABELS = ("PERSON", "PERSON_ACTOR", "ORG_ACTOR", "DEMONYM", "NORP", "DATE", "TIME", "CARDINAL",
                    "ORDINAL", "MONEY", "PERCENT", "QUANTITY")


def _with_sentence_country(actor: Actor, s: _Sent, res: Resources, st: _State) -> Actor:
    """An actor with no country takes one from its sentence: the one country the sentence names as a place
    ('police arrested two doctors in Libya', 'people rallied in Hong Kong'); failing that, a state actor
    ('President X', 'the military government') takes the one country the sentence names at all. A country
    named only as the other party ('welcomed China's aid') says nothing about where civilians are from."""
    if actor.country or not actor.sector or actor.actor_id:
        return actor
    found = _place_countries(s, res)
    if not found and actor.sector in STATE_SECTORS:
        found = _sentence_countries(s, res, st)
    if len(found) != 1:
        return actor
    iso3, cameo = next(iter(found))
    return replace(actor, country=iso3, code=f"{cameo}{actor.sector}")


def _sentence_countries(s: _Sent, res: Resources, st: _State) -> set[tuple[str, str]]:
    """Every country a sentence names or whose actors it mentions."""
    found = set()
    for e in sent_ents(s.span):
        if e.label_ in ("COUNTRY", "DEMONYM", "CAPITAL", "GPE", "NORP"):
            c = res.actors.country_by_name(e.text) or res.actors.capital_country(e.text)
            if c is not None:
                found.add((c.iso3, c.cameo))
    for tok in s.span:  # countries of the sentence's resolved actors count too ('the Syrian Observatory')
        other = st.actors.get(_key(tok, s.off))
        if other is not None and other.country:
            found.add((other.country, other.code[:3] if other.code else other.country))
    return found


def _place_countries(s: _Sent, res: Resources) -> set[tuple[str, str]]:
    """The countries of the places a sentence names after a locative preposition ('in the capital Algiers')."""
    return {(iso3, cameo) for _e, iso3, cameo in _place_mentions(s, res)}


def _place_mentions(s: _Sent, res: Resources) -> list[tuple[SpacySpan, str, str]]:
    """The places a sentence names after a locative preposition, with (iso3, cameo) of their country."""
    found = []
    for e in sent_ents(s.span):
        if e.label_ in NOT_PLACE_LABELS:
            continue  # the small model labels places loosely ('in Aleppo' as LANGUAGE): the gazetteer decides
        head = e.root
        while head.dep_ in ("compound", "appos", "pobj") and head.head.i != head.i and \
                not (head.dep_ == "pobj" and head.head.dep_ == "prep"):
            head = head.head
        if not (head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS) and \
                not (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "pobj"
                     and head.head.head.head.lower_ in LOCATIVE_PREPS):  # 'in the city of Algiers'
            continue
        c = res.actors.country_by_name(e.text) or res.actors.capital_country(e.text)
        pair = (c.iso3, c.cameo) if c is not None else city_country(e.text, res.actors)
        if pair is not None:
            found.append((e, *pair))
    return found


def _reciprocal_object(tok: Token) -> bool:
    """'each other' / 'one another' as the object of the trigger."""
    for c in tok.children:
        if c.dep_ in ("dobj", "pobj", "prep") and c.lower_ in ("other", "another"):
            return any(d.lower_ in ("each", "one") for d in c.children)
        if c.dep_ == "prep":
            for o in c.children:
                if o.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in o.children):
                    return True
    return False


def _speech_events(article, s, t, pat, res, on, st, quotes, headline, content_events) -> list[Event]:
    """A speech act is an event of its speaker; one whose content is a hostile act by another is ACCUSE."""
    k = _key(t, s.off)
    speaker = _with_sentence_country(st.speakers[k], s, res, st)
    cue = res.lexicon.cue(t.lemma_.lower())
    code = _speech_code(pat, cue)
    rule = pat.id if pat is not None and code == pat.code else f"cue:{cue.id}"
    target = None
    tgt_toks = roles.children(t, "dobj", "dative") or roles.prep_objects(t, ("to", "with", "against"))
    if tgt_toks:
        target = _actor(tgt_toks[0], s, res, st, quotes, on)
    if target is None:
        found = (_object_authors(t, s, res, st, quotes, on, [speaker])
                 or _content_targets(t, s, res, st, quotes, on, [speaker])
                 or _fallback_targets(t, s, res, st, quotes, on, [speaker]))
        target = found[0] if found else None
    addressees = [a for a in _obliged(t, s, res, st, quotes, on) if _distinct(a, speaker)]
    obliging = bool(addressees) and code == "010"
    if obliging:
        # 'Russia said Sudan must return the helicopter': a demand on Sudan (before any accusation that
        # the content's other clauses carry)
        code, rule = "100", f"{rule}+obligation-content"
    if code == "010" and (cue is None or cue.stance == "asserts") and speaker.sector != "MED":
        accused = _accused(t, s, res, st, quotes, on, content_events, speaker)
        if accused is not None:
            code, rule, target = "112", f"{rule}+hostile-content", accused
    if code[:2] == "03" and t.lemma_.lower() in COMMISSIVES:
        vowed = _own_hostile_act(k, t, st, content_events, speaker)
        if vowed is not None:
            # 'the rebels vowed to fight on': a commitment to a hostile act is a threat (13x), not an intent
            code, rule = _threat_code(vowed.cameo_code) or "130", f"{rule}+hostile-content"
            target = target or vowed.target
    if target is None and code[:2] == "13":
        found = _condition_targets(t, s, res, st, quotes, on, [speaker])  # 'threatened to ... unless Baghdad'
        target = found[0] if found else None
    if target is None and not obliging:
        target = _own_act_target(k, t, st, content_events, speaker)  # 'the US claimed it had attacked Iraq'
    targets = [target] if target is not None else []
    if addressees and (obliging or (not targets and code[:2] in ("02", "10", "01"))):
        targets = addressees  # 'said the government and the rebels must talk': a demand on each
    links, stances = _links(t, s, res, st, quotes, headline)
    fact = factuality(mood_of(t, res.lexicon), stances)
    negated = roles.is_negated(t)
    sp = speaker_token(t)
    sides = _actors(roles.with_conjuncts(sp), s, res, st, quotes, on) if sp is not None else []
    if len(sides) < 2:
        pairs = [(speaker, b) for b in (targets or [None])]
    elif not targets and _reciprocal_object(t):
        # 'Armenia and Azerbaijan accused each other': one event for each ordered pair of the speakers
        pairs = [(a, b) for a in sides for b in sides if a is not b]
    else:
        # 'France and Germany condemned the coup': one speech act each
        pairs = [(a, b) for a in sides for b in (targets or [None])]
    return [_make_event(article, s, t, code, rule, a, b, negated, fact, links, res, on, st,
                        eid=st.speech_ids.get(k) if n == 0 else None, salt=str(n) if n else "")
            for n, (a, b) in enumerate(pairs)]


#: Commissive speech verbs: what they commit the speaker to decides whether they promise or threaten.
COMMISSIVES = {"vow", "swear", "pledge", "promise"}


def _own_hostile_act(k: tuple[int, int], t: Token, st: _State, content_events, speaker: Actor) -> Event | None:
    """A hostile act (one with a threat code) the speaker commits itself to in the cue's content."""
    for ev, tok in content_events:
        inner = ev.attribution[-1] if ev.attribution else None
        verb = tok.head if tok.dep_ == "dobj" else tok
        governed = tok.doc is t.doc and verb.head.i == t.i and roles.is_infinitive_complement(verb)
        if not governed and (inner is None or inner.speech_event_id != st.speech_ids.get(k)):
            continue
        if ev.source is not None and not ev.negated and _threat_code(ev.cameo_code) is not None and \
                not _distinct(ev.source, speaker):
            return ev
    return None


def _own_act_target(k: tuple[int, int], t: Token, st: _State, content_events, speaker: Actor) -> Actor | None:
    """The target of an act the speaker reports of itself ('claimed it had attacked Iraq') or threatens or
    promises ('threatened to impose emergency rule in Kinshasa'): the statement concerns that target."""
    for ev, tok in content_events:
        inner = ev.attribution[-1] if ev.attribution else None
        verb = tok.head if tok.dep_ == "dobj" else tok  # 'threatened to institute a curfew'
        governed = tok.doc is t.doc and verb.head.i == t.i and roles.is_infinitive_complement(verb)
        if not governed and (inner is None or inner.speech_event_id != st.speech_ids.get(k)):
            continue
        if ev.source is not None and ev.target is not None and not _distinct(ev.source, speaker) and \
                (ev.source.country == speaker.country or ev.source.actor_id == speaker.actor_id) and \
                not _same(ev.target, speaker):
            return ev.target
    return None


def _speech_code(pat: Pattern | None, cue) -> str | None:
    """The code of a speech act: a specific lexicon pattern ('call on', 'accuse ... of') beats the cue's own."""
    if pat is not None and (pat.specificity > 0 or not cue or not cue.code):
        return pat.code
    return cue.code if cue else None


OBLIGATION_AUX = {"must", "should", "ought"}
#: Cues that report speech only with a given particle or preposition.
PREP_CUES = {"call": ("on", "upon", "for")}


def _obliged(t: Token, s: _Sent, res, st, quotes, on) -> list[Actor]:
    """The subjects of a content clause that says what someone must do ('demanded that the US cancel ...',
    'said the government and the rebels must talk')."""
    for c in t.children:
        if c.dep_ != "ccomp":
            continue
        subj = roles.children(c, "nsubj", "nsubjpass")  # 'demanding that he be reinstated'
        if not subj:
            continue
        modal = any(a.dep_ == "aux" and a.lower_ in OBLIGATION_AUX for a in c.children) or \
            any(a.lower_ == "have" and a.dep_ in ("xcomp", "ROOT") for a in c.children) or \
            (c.tag_ == "VB" and not any(a.dep_ == "aux" for a in c.children)) or \
            any(a.dep_ == "auxpass" and a.lower_ == "be" for a in c.children)  # subjunctive: 'that X (be) ...'
        if modal:
            return [_with_sentence_country(a, s, res, st)
                    for a in _actors(roles.with_conjuncts(subj[0]), s, res, st, quotes, on)]
    return []


def _accused(t: Token, s: _Sent, res, st, quotes, on, content_events, speaker: Actor) -> Actor | None:
    """The other actor whose hostile act the speaker reports (or whom the content blames)."""
    k = _key(t, s.off)
    for ev, _tok in content_events:
        inner = ev.attribution[-1] if ev.attribution else None
        if inner is None or inner.speech_event_id != st.speech_ids.get(k):
            continue
        if ev.quad_class in HOSTILE_QUADS and ev.source is not None and not ev.negated and \
                ev.factuality not in NON_FACT and _other(ev.source, speaker):
            return ev.source
    for c in t.subtree:
        blamed = _blame_target(c, s, res, st, quotes, on)
        if blamed is not None and _other(blamed, speaker):
            return blamed
    return None


def _blame_target(tok: Token, s: _Sent, res, st, quotes, on) -> Actor | None:
    """'X is responsible for / to blame for ...' names X as the one blamed."""
    p = roles.match(tok, res.lexicon)
    if p is None or p.pos != "adj" or not p.code.startswith("11"):
        return None
    subj = roles.children(tok.head, "nsubj") if tok.dep_ in ("acomp", "attr") else roles.children(tok, "nsubj")
    return _actor(subj[0], s, res, st, quotes, on) if subj else None


def _same(a: Actor | None, b: Actor | None) -> bool:
    """The same actor on both sides of an event (which is then not coded as a pair)."""
    return a is not None and b is not None and bool(a.country) and a.country == b.country and \
        a.sector == b.sector and a.actor_id == b.actor_id


def _other(a: Actor, b: Actor) -> bool:
    """Two actors known to be different sides: different countries, or two different named entities.

    Unresolved mentions ('officers', 'the ministry') give no evidence either way, so they are not 'other'.
    """
    if a.country and b.country:
        return a.country != b.country
    return bool(a.actor_id and b.actor_id and a.actor_id != b.actor_id)


def _distinct(a: Actor, b: Actor) -> bool:
    """Two actors that may face each other in an event: _other; one country's different sectors ('the
    rebels' and 'the government'); a state and a non-state group of its own ('Croatia' and 'Croatian
    extremists'); or sectors that differ where a country is unknown."""
    if _other(a, b):
        return True
    if a.country and b.country and a.country != b.country:
        return True
    if a.country and b.country and (a.sector is None) != (b.sector is None):
        return (a.sector or b.sector) not in STATE_SECTORS
    return bool(a.sector and b.sector and a.sector != b.sector)


def _headline_event(article, s, res, on, st, quotes, headline, content_events) -> list[Event]:
    """'Speaker: claim' headlines: the speaker's statement (ACCUSE when the claim blames another)."""
    speaker, colon, colon_i = headline
    target = None
    for tok in s.span:
        if tok.i > colon_i:
            blamed = _blame_target(tok, s, res, st, quotes, on)
            if blamed is not None and _other(blamed, speaker):
                target = blamed
                break
    if target is None:
        for ev, _tok in content_events:
            if ev.quad_class in HOSTILE_QUADS and ev.source is not None and _other(ev.source, speaker) and \
                    any(a.quote == "headline" for a in ev.attribution):
                target = ev.source
                break
    code = "112" if target is not None else "010"
    return [_make_event(article, s, s.span[0], code, "headline-colon", speaker, target, False, "asserted", [],
                        res, on, st, trigger=colon)]


def _make_event(article: Article, s: _Sent, tok: Token, code: str, rule: str, src: Actor | None,
                tgt: Actor | None, negated: bool, fact: str, links: list[Attribution], res: Resources,
                on: date | None, st: _State, *, salt: str = "", eid: str | None = None,
                trigger: Span | None = None, place: Place | None = None) -> Event:
    """Assemble the record, looking up the ontology and the event's date and place."""
    info = res.ontology.get(code)
    trig = trigger or _tok_span(tok, s.off)
    return Event(
        event_id=eid or event_id(article.id, s.index, trig.start, trig.end, code, salt),
        article_id=article.id,
        sentence_index=s.index,
        sentence_text=s.text,
        trigger=trig,
        source=src,
        target=tgt,
        cameo_code=code,
        cameo_root=code[:2],
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover_type=info.plover_type,
        plover_mode=info.plover_mode,
        negated=negated,
        factuality=fact,
        attribution=tuple(links),
        date=_event_date(tok, s, on, fact),
        place=place or _event_place(tok, s, st, src, tgt),
        rule=rule,
        confidence=_confidence(src, tgt, links),
    )


def _confidence(src: Actor | None, tgt: Actor | None, links: list[Attribution]) -> float:
    """A rough score: resolved actors and an explicit cue raise it."""
    score = 0.5
    score += 0.2 if src is not None and src.country else 0.0
    score += 0.1 if tgt is not None and tgt.country else 0.0
    score += 0.1 if not links or all(link.cue is not None for link in links) else -0.1
    return round(min(score, 0.95), 2)


def _event_date(tok: Token, s: _Sent, on: date | None, fact: str) -> EventDate | None:
    """The event's date (see sayso.events.anchors)."""
    return anchors.event_date(tok, s.span, on, fact)


def _event_place(tok: Token, s: _Sent, st: _State, src: Actor | None, tgt: Actor | None) -> Place | None:
    """The event's place (see sayso.events.anchors)."""
    found = _place_and_mention(tok, s, st, src, tgt)
    return found[0] if found else None


def _place_and_mention(tok: Token, s: _Sent, st: _State, src: Actor | None,
                       tgt: Actor | None) -> tuple[Place, SpacySpan] | None:
    """The event's place and the name that gave it; the event's own actors are not its place."""
    used = {(a.start, a.end) for a in (src, tgt) if a is not None}
    return anchors.place_and_mention(tok, s.span, s.off, st.ctx.focus(), used)


def _quote_rows(quotes: list[QuoteSpan], st: _State, text: str, sents: list[_Sent],
                headline: tuple[Actor, Span, int] | None) -> list[QuoteRecord]:
    """One row per attribution: direct quotes, speech cues with their content clause, 'according to', headline."""
    rows: list[QuoteRecord] = []
    quoted_cues = set()
    for qi, q in enumerate(quotes):
        speaker, cue, cue_key = st.quote_speaker.get(qi, (None, None, None))
        quoted_cues.add(cue_key)
        content = Span(text[q.start:q.end], q.start, q.end)
        rows.append(QuoteRecord(speaker, cue, content, "direct", st.speech_ids.get(cue_key) if cue_key else None))
    for k, (tok, s) in st.cue_tokens.items():
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        parts = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis", "xcomp")] or \
            [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "over")] or \
            [g for o in objs for g in o.children if g.dep_ in ("relcl", "acl") and _that_clause(g)] or \
            ([*objs, *(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as")]
             if objs and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children) else []) or \
            [c for c in [_clause_like_object(tok)] if c is not None]
        toks = [t for c in parts for t in c.subtree if _quote_index(t.idx + s.off, quotes) is None]
        if not parts and tok.dep_ in ("parataxis", "ccomp", "advcl") and tok.head.i < tok.i:
            # '..., state media reported': the content is the clause the cue hangs on
            inner = {t.i for t in tok.subtree}
            toks = [t for t in tok.head.subtree if t.i not in inner and _quote_index(t.idx + s.off, quotes) is None]
        if not toks or (k in quoted_cues and len(toks) < 3):
            continue
        content = _content_span(toks, s.off)
        if content.text:
            rows.append(QuoteRecord(st.speakers[k], _tok_span(tok, s.off), content, "indirect",
                                    st.speech_ids.get(k)))
    for s in sents:
        for tok in s.span:
            if tok.lower_ != "according" or tok.dep_ != "prep":
                continue
            src = according_to(tok.head)
            if src is None:
                continue
            skip = {t.i for t in tok.subtree}
            toks = [t for t in tok.head.subtree if t.i not in skip]
            cue_end = tok.i + 1 if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to" else tok.i
            cue = Span(text_between(tok, tok.doc[cue_end]), tok.idx + s.off,
                       tok.doc[cue_end].idx + len(tok.doc[cue_end].text) + s.off)
            if toks:
                rows.append(QuoteRecord(st.actors.get(_key(src, s.off)), cue, _content_span(toks, s.off),
                                        "according_to", None))
    if headline and sents:
        speaker, colon, colon_i = headline
        s = sents[0]
        toks = [t for t in s.span if t.i > colon_i]
        if toks:
            rows.append(QuoteRecord(speaker, colon, _content_span(toks, s.off), "headline", None))
    return rows


def _that_clause(tok: Token) -> bool:
    """A clause introduced by 'that' ('told a news conference that ...')."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _content_span(toks: list[Token], off: int) -> Span:
    """The document span covering tokens, without punctuation or quote marks at its edges."""
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space or (toks[0].dep_ == "mark" and toks[0].lower_ == "that")):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return Span("", off, off)
    first, last = toks[0], toks[-1]
    return Span(text_between(first, last), first.idx + off, last.idx + len(last.text) + off)
