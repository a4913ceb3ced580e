"""Speech events and what they code: statements, accusations, demands, threats and promises of a speaker."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Token

from sayso.attribution import QuoteSpan, speaker_token
from sayso.doccache import children, kids, subtree
from sayso.events import matching, negation, tree
from sayso.events.lexicon import Cue, Pattern
from sayso.events.mood import factuality, mood_of
from sayso.events.parties import (
    actor,
    actors,
    distinct,
    domestic_target,
    other,
    same,
    with_sentence_country,
)
from sayso.events.records import make_event
from sayso.events.speakers import attribution_links
from sayso.events.state import ArticleState, Resources, Sent, token_key
from sayso.events.targets import (
    FORCE_NAMING_ROOTS,
    PLACE_TARGET_CODES,
    condition_targets,
    content_targets,
    country_at_place,
    fallback_targets,
    force_place,
    object_authors,
    obliged,
)
from sayso.events.threats import threat_code
from sayso.model import Actor, Article, Event, Span

#: A headline's speaker, the colon's span and its token index ('Putin: the US ...').
Headline = tuple[Actor, Span, int]
#: The content events of a sentence with their trigger tokens.
ContentEvents = Sequence[tuple[Event, Token]]

HOSTILE_QUADS = (3, 4)
#: Speakers who report harm rather than blame anyone for it: the media, and medics or hospitals counting
#: casualties ('four children were killed in Israeli shelling, medics said' accuses no one).
REPORTING_SECTORS = frozenset({"MED", "HLH"})
NON_FACT = {"hypothetical", "demanded", "threatened"}


def speech_events(article: Article, s: Sent, t: Token, pat: Pattern | None, res: Resources, on: date | None,
                  st: ArticleState, quotes: list[QuoteSpan], headline: Headline | None,
                  content_events: ContentEvents) -> list[Event]:
    """A speech act is an event of its speaker; one whose content is a hostile act by another is ACCUSE."""
    k = token_key(t, s.off)
    speaker = with_sentence_country(st.speakers[k], s, res, st)
    cue = res.lexicon.cue(t.lemma_.lower())
    code = speech_code(pat, cue, t)
    rule = pat.id if pat is not None and code == pat.code else f"cue:{cue.id}"
    target = None
    own_preps = pat.target_prep if pat is not None and code == pat.code else ()
    # 'demanded an apology from NATO': the pattern's own target phrase first, the object only if it is one
    # an appeal's 'on' names whom it calls on ('called on Riyadh to free ...', 'called upon Serbia to ...')
    addressed = ("on", "upon") if code is not None and code[:2] in ("02", "10") else ()
    tgt_toks = (tree.prep_objects(t, own_preps) if own_preps else []) or \
        children(t, "dobj", "dative") or tree.prep_objects(t, ("to", "with", "against", *addressed))
    also: list[Actor] = []  # 'threatened reprisals against Japan and South Korea': one event each
    if tgt_toks:
        named = actors(tree.with_conjuncts(tgt_toks[0]), s, res, st, quotes, on)  # 'warned Sweden and Finland'
        target, also = (named[0], named[1:]) if named else (None, [])
    if target is None:
        found = (object_authors(t, s, res, st, quotes, on, [speaker])
                 or content_targets(t, s, res, st, quotes, on, [speaker], code=code or "")
                 or fallback_targets(t, s, res, st, quotes, on, [speaker]))
        target, also = (found[0], found[1:]) if found else (None, [])
    first = target
    addressees = [a for a in obliged(t, s, res, st, quotes, on, demand=code is not None and code[:2] in ("02", "10"))
                  if distinct(a, speaker)]
    obliging = bool(addressees) and code == "010"
    if obliging:
        # 'Russia said Sudan must return the helicopter': a demand on Sudan (before any accusation that
        # the content's other clauses carry)
        code, rule = "100", f"{rule}+obligation-content"
    if code == "010" and (cue is None or cue.stance == "asserts") and speaker.sector not in REPORTING_SECTORS:
        accused = _accused(t, s, res, st, quotes, on, content_events, speaker)
        if accused is not None:
            code, rule, target = "112", f"{rule}+hostile-content", accused
    if (code[:2] == "03" and t.lemma_.lower() in COMMISSIVES) or code == "130":
        vowed = _own_hostile_act(k, t, st, content_events, speaker)
        if vowed is not None:
            # 'the rebels vowed to fight on': a commitment to a hostile act is a threat (13x), not an intent;
            # 'threatened to impose sanctions on Iran' is a threat of sanctions (1312). The threatened act
            # stays a row of its own, marked 'threatened', with its own date and place ('next week', 'around
            # Goma'), which the threat (dated when it is made) cannot hold
            code = vowed.cameo_code if vowed.cameo_code[:2] == "13" else threat_code(vowed.cameo_code) or "130"
            rule = f"{rule}+hostile-content"
            target = target or vowed.target
    if target is None and code[:2] == "13":
        found = condition_targets(t, s, res, st, quotes, on, [speaker])  # 'threatened to ... unless Baghdad'
        target = found[0] if found else None
    if target is None and not obliging:
        target = _own_act_target(k, t, st, content_events, speaker)  # 'the US claimed it had attacked Iraq'
    if target is None and code[:2] in FORCE_NAMING_ROOTS:
        found = force_place(t, s, res)  # 'condemned the military coup in Niger'
        target, rule = (found[0], f"{rule}+place-target") if found else (None, rule)
    if target is None and code.startswith(PLACE_TARGET_CODES):
        found = country_at_place(t, s, res)  # 'declared a state of emergency in Myanmar', as a verb's act does
        target, rule = (found[0], f"{rule}+place-target") if found else (None, rule)
    chosen = ([target, *also] if target is first else [target]) if target is not None else []
    # 'a judge ordered X'; 'accused the elite police unit of torturing detainees in Bangladesh'
    targets = [with_sentence_country(domestic_target(a, [speaker], code), s, res, st) for a in chosen]
    if addressees and (obliging or (not targets and code[:2] in ("02", "10", "01"))):
        targets = addressees  # 'said the government and the rebels must talk': a demand on each
    links, stances = attribution_links(t, s, res, st, quotes, headline)
    fact = factuality(mood_of(t, res.lexicon), stances)
    negated = negation.is_negated(t)
    sp = speaker_token(t)
    sides = actors(tree.with_conjuncts(sp), s, res, st, quotes, on) if sp is not None else []
    if len(sides) < 2:
        pairs = [(speaker, b) for b in (targets or [None])]
    elif tree.reciprocal_object(t):
        # 'Armenia and Azerbaijan accused each other': one event for each ordered pair of the speakers (a
        # target found in what they say is one of them anyway)
        pairs = [(a, b) for a in sides for b in sides if a is not b]
    else:
        # 'France and Germany condemned the coup': one speech act each; a target that is one of the
        # speakers ('Turkey and Azerbaijan vowed to deepen their ties', aimed at Azerbaijan for Turkey) is,
        # for that speaker, the others
        pairs = [(a, c) for a in sides for b in (targets or [None])
                 for c in ([x for x in sides if not same(x, a)] if same(a, b) else [b])]
    return [make_event(article, s, t, code, rule, a, b, negated, fact, links, res, on, st,
                       eid=st.speech_ids.get(k) if n == 0 else None, salt=str(n) if n else "")
            for n, (a, b) in enumerate(pairs)]


#: Commissive speech verbs: what they commit the speaker to decides whether they promise or threaten.
COMMISSIVES = {"vow", "swear", "pledge", "promise"}


def _content_of(k: tuple[int, int], t: Token, st: ArticleState, content_events: ContentEvents) -> list[Event]:
    """The events in a cue's content: attributed to its speech event, or the act of its infinitive
    ('threatened to declare a curfew': the noun's verb hangs on the cue)."""
    out = []
    for ev, tok in content_events:
        inner = ev.attribution[-1] if ev.attribution else None
        verb = tok.head if tok.dep_ == "dobj" else tok
        governed = tok.doc is t.doc and verb.head.i == t.i and tree.is_infinitive_complement(verb)
        if governed or (inner is not None and inner.speech_event_id == st.speech_ids.get(k)):
            out.append(ev)
    return out


def _own_hostile_act(k: tuple[int, int], t: Token, st: ArticleState, content_events: ContentEvents,
                     speaker: Actor) -> Event | None:
    """A hostile act (one with a threat code) the speaker commits itself to in the cue's content."""
    return next((ev for ev in _content_of(k, t, st, content_events)
                 if ev.source is not None and not ev.negated and not distinct(ev.source, speaker)
                 and (threat_code(ev.cameo_code) is not None or ev.cameo_code[:2] == "13")), None)


def _own_act_target(k: tuple[int, int], t: Token, st: ArticleState, content_events: ContentEvents,
                    speaker: Actor) -> Actor | None:
    """The target of an act the speaker reports of itself ('claimed it had attacked Iraq') or threatens or
    promises ('threatened to impose emergency rule in Kinshasa'): the statement concerns that target."""
    return next((ev.target for ev in _content_of(k, t, st, content_events)
                 if ev.source is not None and ev.target is not None and not distinct(ev.source, speaker)
                 and (ev.source.country == speaker.country or ev.source.actor_id == speaker.actor_id)
                 and not same(ev.target, speaker)), None)


def speech_code(pat: Pattern | None, cue: Cue | None, tok: Token | None = None) -> str | None:
    """The code of a speech act: a specific lexicon pattern ('call on', 'accuse ... of') beats the cue's own;
    a wish that another act ('Obama wants Iran to halt enrichment') is an appeal to that other (020)."""
    if pat is not None and (pat.specificity > 0 or not cue or not cue.code):
        return pat.code
    if cue is not None and cue.code is None and cue.content_mood == "demanded" and tok is not None and \
            any(c.dep_ == "ccomp" and children(c, "nsubj", "nsubjpass") for c in kids(tok)):
        return "020"
    return cue.code if cue else None


def _accused(t: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan], on: date | None,
             content_events: ContentEvents, speaker: Actor) -> Actor | None:
    """The other actor whose hostile act the speaker reports (or whom the content blames)."""
    k = token_key(t, s.off)
    sp = speaker_token(t)  # the speaker and those coordinated with it ('Mali, Burkina Faso and Niger announced')
    selves = {a.country for a in actors(tree.with_conjuncts(sp), s, res, st, quotes, on)} if sp is not None else set()
    for ev, _tok in content_events:
        inner = ev.attribution[-1] if ev.attribution else None
        if inner is None or inner.speech_event_id != st.speech_ids.get(k):
            continue
        if ev.source is None or ev.quad_class not in HOSTILE_QUADS or ev.negated or ev.factuality in NON_FACT:
            continue
        if ev.source.text.lower() in SELF_PRONOUNS and ev.source.country in selves:
            continue  # 'Mali, Burkina Faso and Niger announced they were quitting': their own act
        if ev.source.sector == "UAF":
            continue  # an inferred perpetrator ('an explosion killed 100'): the speaker names no one
        violent = ev.cameo_root in ("18", "19", "20")  # (the other side's violence, not its protest)
        if other(ev.source, speaker) or (violent and _across(ev.source, speaker)):
            return ev.source
    for c in subtree(t):
        blamed = _blame_target(c, s, res, st, quotes, on)
        if blamed is not None and other(blamed, speaker):
            return blamed
    return None


#: Pronouns by which coordinated speakers name themselves in what they say.
SELF_PRONOUNS = frozenset({"they", "them", "we", "us", "their", "our"})


#: The two sides of a civil conflict: a government and its forces, and those who fight or oppose them.
STATE_SIDE = {"GOV", "MIL"}
CHALLENGER_SIDE = {"REB", "INS", "OPP"}


def _across(a: Actor, b: Actor) -> bool:
    """A government side and its challengers ('rebels said government forces fired ...', 'the army said
    insurgents attacked ...'): the sector line between them is enough to say they are not one side. Police
    reporting a crime and anyone reporting an inferred perpetrator accuse no one."""
    if a.country and b.country and a.country != b.country:
        return False
    return {a.sector, b.sector} & STATE_SIDE != set() and {a.sector, b.sector} & CHALLENGER_SIDE != set()


def _blame_target(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
                  on: date | None) -> Actor | None:
    """'X is responsible for / to blame for ...' names X as the one blamed."""
    p = matching.match(tok, res.lexicon)
    if p is None or p.pos != "adj" or not p.code.startswith("11"):
        return None
    subj = children(tok.head, "nsubj") if tok.dep_ in ("acomp", "attr") else children(tok, "nsubj")
    return actor(subj[0], s, res, st, quotes, on) if subj else None


def headline_event(article: Article, s: Sent, res: Resources, on: date | None, st: ArticleState,
                   quotes: list[QuoteSpan], headline: Headline, content_events: ContentEvents) -> list[Event]:
    """'Speaker: claim' headlines: the speaker's statement (ACCUSE when the claim blames another)."""
    speaker, colon, colon_i = headline
    target = None
    for tok in s.tokens():
        if tok.i > colon_i:
            blamed = _blame_target(tok, s, res, st, quotes, on)
            if blamed is not None and other(blamed, speaker):
                target = blamed
                break
    if target is None:
        for ev, _tok in content_events:
            if ev.quad_class in HOSTILE_QUADS and ev.source is not None and other(ev.source, speaker) and \
                    any(a.quote == "headline" for a in ev.attribution):
                target = ev.source
                break
    code = "112" if target is not None else "010"
    return [make_event(article, s, s.span[0], code, "headline-colon", speaker, target, False, "asserted", [],
                       res, on, st, trigger=colon)]
