"""Who says what: pass 1 (resolve mentions, find speech acts and their speakers, give quotes their speakers)
and the attribution chain of a token, outermost first."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from sayso.actors.coreference import PERSON_NOUNS, is_first_person
from sayso.actors.discourse import Discourse
from sayso.actors.groups import partitive_whole
from sayso.actors.mentions import np_tokens
from sayso.actors.resolve import resolve_token
from sayso.attribution import CUE_POS, QuoteSpan, chain_steps, cue_for, speaker_token
from sayso.doccache import ent_at, kids, text_between
from sayso.events import matching, tree
from sayso.events.state import ArticleState, Resources, Sent, token_key
from sayso.model import Actor, Article, Attribution, Span

MENTION_POS = {"PROPN", "NOUN", "PRON", "ADJ", "NUM"}
#: Tokens in these relations modify a noun phrase whose head is resolved instead.
MODIFIER_DEPS = {"compound", "amod", "det", "nummod", "quantmod", "prt", "punct", "case", "neg", "aux"}

#: Subject words that name a person, never a body or group a later 'it' or 'they' could continue.
NOT_BODIES = frozenset(PERSON_NOUNS | {"he", "she", "i", "we", "you"})

#: Cues that report speech only with a given particle or preposition.
PREP_CUES = {"call": ("on", "upon", "for")}


def resolve_mentions(sents: list[Sent], res: Resources, on: date | None, st: ArticleState,
                     quotes: list[QuoteSpan]) -> None:
    """Pass 1: resolve every noun phrase in reading order (coreference needs the order), find speakers."""
    for s in sents:
        for tok in s.tokens():
            pos = tok.pos_
            if pos in MENTION_POS and tok.dep_ not in MODIFIER_DEPS and \
                    (pos != "ADJ" or tok.ent_type_ or partitive_whole(tok) is not None) and \
                    not is_first_person(tok):
                ent = ent_at(tok) if tok.ent_iob_ != "O" else None
                if ent is not None and len(ent) > 1 and ent.root.i != tok.i:
                    continue  # a name is resolved once, at its head ('Observatory' in 'the Syrian Observatory for ...')
                # an apposition renames its head ('the GMB, a general workers' union'): it is not a
                # new referent for a later 'it'
                ctx = st.ctx if tok.dep_ != "appos" else Discourse()
                got = resolve_token(tok, res.actors, on, s.off, ctx)
                st.actors[token_key(tok, s.off)] = got
                if got is not None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" and \
                        tok.lower_ not in NOT_BODIES and \
                        tok.ent_type_ not in ("PERSON", "PERSON_ACTOR") and \
                        (got.country or got.actor_id or got.sector):
                    st.ctx.note_subject(got, tok.tag_ in ("NNS", "NNPS") or tok.lower_ == "they")
            if pos in CUE_POS and cue_for(tok, res.lexicon) is not None and _is_speech_act(tok, s, res, quotes):
                sp = speaker_token(tok)
                if sp is not None:
                    actor = st.actors.get(token_key(sp, s.off))
                    if actor is None and is_first_person(sp):
                        actor = innermost_speaker(sp, s, res, st, quotes)
                    if actor is None and sp.pos_ == "NOUN" and sp.ent_iob_ == "O" and \
                            sp.lemma_.lower() not in PERSON_NOUNS:  # 'the politician' is someone named before
                        actor = unnamed_speaker(sp, s.off)  # 'witnesses said', 'a report said'

                    if actor is not None:
                        st.speakers[token_key(tok, s.off)] = actor
                        st.cue_tokens[token_key(tok, s.off)] = (tok, s)
                        st.ctx.last_speaker = actor
        _note_coordinations(s, st)
        _assign_quotes(s, res, st, quotes)


def unnamed_speaker(sp: Token, off: int) -> Actor:
    """A speaker sayso cannot code ('witnesses', 'sources', 'a report'): kept as an actor with only its text,
    so that what it says stays attributed to it, never asserted by the reporter."""
    words = np_tokens(sp)
    return Actor(text=text_between(words[0], sp), start=words[0].idx + off, end=sp.idx + len(sp.text) + off)


def _note_coordinations(s: Sent, st: ArticleState) -> None:
    """Remember the coordinated actor mentions of a sentence ('Merkel and Hollande presented ...')."""
    span = s.span
    firsts = {c.head.i: c.head for c in s.tokens() if c.dep_ == "conj" and c.head.dep_ != "conj" and c.head.i != c.i
              and span.start <= c.head.i < span.end}
    for _i, tok in sorted(firsts.items()):
        members = [st.actors.get(token_key(x, s.off)) for x in tree.with_conjuncts(tok)]
        found = [a for a in members if a is not None and (a.country or a.actor_id)]
        if len(found) >= 2 and len(found) == len(members):
            st.ctx.note_coordination(found)


def _is_speech_act(tok: Token, s: Sent, res: Resources, quotes: list[QuoteSpan]) -> bool:
    """A cue verb reports speech only with content: a clause, a quote beside it, or a coded target.

    'the territory it claims' has a cue verb but reports nothing; 'Putin said the US ...',
    '"...," Putin said' and 'accused Russia of ...' do.
    """
    if tok.lemma_.lower() in PREP_CUES and not any(
            c.dep_ in ("prep", "prt") and c.lower_ in PREP_CUES[tok.lemma_.lower()] for c in kids(tok)):
        return False  # 'what it called a hostile step' names; 'called on X to ...' appeals
    if any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in kids(tok)):
        return True
    if any(g.dep_ in ("relcl", "acl") and tree.has_that(g)
           for c in kids(tok) if c.dep_ == "dobj" for g in kids(c)):
        return True  # 'told a news conference that ...'
    if tok.dep_ in ("parataxis", "ccomp", "advcl") and tok.i > tok.head.i and \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(tok)):
        return True  # '..., state media reported' (but not '... to counter the militants')

    if tok.dep_ in ("parataxis", "ccomp") or (tok.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in kids(tok))):
        return True
    pos = tok.idx + s.off
    s_start, s_end = s.span.start_char + s.off, s.span.end_char + s.off
    if any(q.start < s_end and q.end > s_start and not q.contains(pos) for q in quotes):
        return True
    cue = res.lexicon.cue(tok.lemma_.lower())
    pat = matching.match(tok, res.lexicon)
    code = pat.code if pat is not None else (cue.code if cue else None)
    if code == "010" and tok.tag_ in ("VBD", "VBZ", "VBP") and clause_like_object(tok) is not None:
        return True
    if pat is not None and pat.code in res.ontology and res.ontology.get(pat.code).quad_class in (2, 4):
        return False  # 'recalled its ambassador', 'declared a state of emergency': a material act, not speech
    return code not in (None, "010") and any(c.dep_ in ("dobj", "dative", "prep") for c in kids(tok))


def clause_like_object(tok: Token) -> Token | None:
    """A 'said' whose object is a misparsed clause ('said Armenia bore full responsibility')."""
    for c in kids(tok):
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and sum(1 for _ in c.subtree) >= 3 and \
                any(g.dep_ in ("nmod", "compound", "amod") and g.pos_ in ("VERB", "PROPN") for g in kids(c)):
            return c
    return None


def _assign_quotes(s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan]) -> None:
    """Give each direct quote touching this sentence its speaker: a cue outside it, else the last speaker."""
    s_start = s.span.start_char + s.off
    s_end = s.span.end_char + s.off
    for qi, q in enumerate(quotes):
        if q.end < s_start or q.start > s_end:
            continue
        best: tuple[int, Token] | None = None
        for tok in s.tokens():
            pos = tok.idx + s.off
            if q.contains(pos) or token_key(tok, s.off) not in st.speakers:
                continue
            dist = min(abs(pos - q.end), abs(pos - q.start))
            if best is None or dist < best[0]:
                best = (dist, tok)
        if best is not None:
            tok = best[1]
            if qi not in st.quote_speaker or st.quote_speaker[qi][2] is None:
                st.quote_speaker[qi] = (st.speakers[token_key(tok, s.off)], tok_span(tok, s.off), token_key(tok, s.off))
        elif qi not in st.quote_speaker and st.ctx.last_speaker is not None and q.start >= s_start:
            st.quote_speaker[qi] = (st.ctx.last_speaker, None, None)


def tok_span(tok: Token, off: int) -> Span:
    """A token as a document span (a cue: 'said'; a particle verb keeps its particle: 'summed up')."""
    last = tok
    for c in kids(tok):
        if c.dep_ == "prt" and c.i == tok.i + 1:
            last = c
    start = tok.idx + off
    end = last.idx + len(last.text) + off
    return Span(text_between(tok, last), start, end)


def headline_speaker(article: Article, sents: list[Sent], res: Resources, on: date | None,
                     st: ArticleState) -> tuple[Actor, Span, int] | None:
    """'Putin: the US is to blame' -> the speaker before the colon of the headline and the colon's offset."""
    if not article.title or not sents or ":" not in article.title:
        return None
    first = sents[0].span
    for tok in first:
        if tok.text == ":":
            before = [t for t in first if t.i < tok.i]
            for t in reversed(before):
                actor = st.actors.get(token_key(t, sents[0].off))
                if actor is not None and (actor.country or actor.actor_id):
                    st.ctx.last_speaker = st.ctx.last_speaker or actor
                    return actor, Span(":", tok.idx + sents[0].off, tok.idx + 1 + sents[0].off), tok.i
            return None
    return None


def attribution_links(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
                      headline: tuple[Actor, Span, int] | None) -> tuple[list[Attribution], list[str]]:
    """The attribution chain of a token, outermost first, with the stance of each link."""
    links: list[Attribution] = []
    stances: list[str] = []
    cue_keys = set()
    for kind, t in chain_steps(tok, res.lexicon):
        if kind == "cue":
            k = token_key(t, s.off)
            cue_keys.add(k)
            speaker = st.speakers.get(k)
            if speaker is None:
                continue
            cue = res.lexicon.cue(t.lemma_.lower())
            qi = quote_index(tok.idx + s.off, quotes)
            direct = qi is not None and st.quote_speaker.get(qi, (None, None, None))[2] == k
            links.append(Attribution(speaker, tok_span(t, s.off), "direct" if direct else "indirect",
                                     st.speech_ids.get(k)))
            stances.append(cue.stance if cue else "asserts")
        else:
            speaker = st.actors.get(token_key(t, s.off))
            if speaker is None:
                continue
            prep = t.head.head if t.head.head is not None else t.head
            links.append(Attribution(speaker, Span(text_between(prep, t.head),
                                                   prep.idx + s.off, t.head.idx + len(t.head.text) + s.off),
                                     "according_to", None))
            stances.append("reports")
    qi = quote_index(tok.idx + s.off, quotes)
    if qi is not None and qi in st.quote_speaker:
        speaker, cue_span, cue_key = st.quote_speaker[qi]
        if cue_key not in cue_keys and token_key(tok, s.off) != cue_key and speaker is not None:
            links.append(Attribution(speaker, cue_span, "direct", st.speech_ids.get(cue_key) if cue_key else None))
            stances.append("asserts")
    if headline and s.index == 0 and tok.i > headline[2]:
        links.append(Attribution(headline[0], headline[1], "headline", None))
        stances.append("asserts")
    links.reverse()
    stances.reverse()
    return links, stances


def quote_index(pos: int, quotes: list[QuoteSpan]) -> int | None:
    """Index of the quote holding a character offset."""
    for i, q in enumerate(quotes):
        if q.contains(pos):
            return i
    return None


def innermost_speaker(tok: Token, s: Sent, res: Resources, st: ArticleState,
                      quotes: list[QuoteSpan]) -> Actor | None:
    """Whose words a token is in: the innermost link of its chain (for 'we', 'us', 'our')."""
    links, _ = attribution_links(tok, s, res, st, quotes, None)
    return links[-1].speaker if links else None
