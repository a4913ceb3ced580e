"""Explanations a person can read: why each event was coded (or why nothing was), and how a name resolves."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from sayso.events import matching
from sayso.model import Actor, Article, Event, content_id
from sayso.pipeline import Config, code_one, get_nlp, load_resources


def actor_str(a: Actor | None) -> str:
    """An actor in one line: code, name and the mention."""
    if a is None:
        return "-"
    label = a.code or "(uncoded)"
    who = f" {a.name}" if a.name else ""
    return f"{label}{who} «{a.text}»"


def dep_path(tok: Token) -> str:
    """The dependency path from a token up to the root of its sentence."""
    parts = []
    t = tok
    while True:
        parts.append(f"{t.text}/{t.dep_}")
        if t.head.i == t.i:
            break
        t = t.head
    return " <- ".join(parts)


def describe_event(ev: Event, doc: Doc | None = None) -> str:
    """Several lines on one event: code, rule, actors, attribution, mood, date, place, path."""
    lines = [f"[{ev.cameo_code}] {ev.plover_type or 'STATEMENT'}  trigger «{ev.trigger.text}»  rule {ev.rule}",
             f"    source   {actor_str(ev.source)}",
             f"    target   {actor_str(ev.target)}",
             f"    factuality {ev.factuality}{'  NEGATED' if ev.negated else ''}  confidence {ev.confidence}"]
    if ev.attribution:
        chain = " > ".join(
            f"{actor_str(a.speaker)} via «{a.cue.text if a.cue else '(continued quote)'}» ({a.quote})"
            for a in ev.attribution)
        lines.append(f"    who says so: {chain}")
    else:
        lines.append("    who says so: the reporter")
    if ev.date:
        lines.append(f"    date     {ev.date.start}..{ev.date.end} ({ev.date.precision}"
                     f"{', from «' + ev.date.text + '»' if ev.date.text else ', publication date'})")
    if ev.place:
        lines.append(f"    place    {ev.place.name}, {ev.place.country} ({ev.place.precision})")
    if doc is not None:
        toks = [t for t in doc if t.idx == ev.trigger.start]
        if toks:
            lines.append(f"    path     {dep_path(toks[0])}")
    return "\n".join(lines)


def explain(text: str, *, date: str | None = None, title: str | None = None, config: Config | None = None) -> str:
    """Code a text and describe every event, then say why the other candidate triggers gave none."""
    config = config or Config()
    art = Article(id=content_id(text), text=text, title=title, date=date)
    coded = code_one(art, config)
    nlp = get_nlp(config)
    doc = nlp(art.document)
    res = load_resources(config.actor_files, config.lexicon_files)
    out = []
    for i, sent in enumerate(doc.sents):
        out.append(f"sentence {i}: {sent.text.strip()}")
        evs = [e for e in coded.events if e.sentence_index == i]
        for ev in evs:
            out.append(describe_event(ev, doc))
        if not evs:
            out.append("    no event: " + why_not(sent, res, coded.notes, i))
    if not date:
        out.append("(no --date given: events carry no date)")
    return "\n".join(out)


def why_not(sent, res, notes: tuple[str, ...], index: int) -> str:
    """Why a sentence gave no event: no trigger word, or triggers without actors."""
    mine = [n.split(": ", 1)[1] for n in notes if n.startswith(f"sentence {index}:")]
    if mine:
        return "; ".join(mine)
    triggers = [t.text for t in sent if matching.match(t, res.lexicon) is not None or res.lexicon.cue(t.lemma_.lower())]
    if not triggers:
        return "no trigger word from the lexicon (events.yaml / cues.yaml) in this sentence"
    return f"trigger(s) {', '.join(triggers)} found, but no speaker or actor could be resolved"


def lookup_actor(name: str, on: str | None) -> str:
    """How a name resolves in the actor base, on a date, and why."""
    from sayso.actors.base import load_actor_base

    base = load_actor_base()
    day = date.fromisoformat(on) if on else None
    lines = [f"{name!r}" + (f" on {day}" if day else " (no date: the latest office held)")]
    found = False
    c = base.country_by_name(name)
    if c:
        found = True
        lines.append(f"  country {c.iso3} ({c.name}), CAMEO {c.cameo}: a name, alias or demonym")
    cap = base.capital_country(name)
    if cap:
        found = True
        lines.append(f"  seat of power of {cap.iso3}: as an actor it codes {cap.cameo}GOV (metonym)")
    orgs = base.organizations_named(name)
    for org in orgs:
        found = True
        lines.append(f"  organisation {org.name}: code {org.code}, sector {org.sector}, country {org.country or '-'}")
    if len(orgs) > 1:
        lines.append("  => a name these organisations share: the one of a country the sentence names (or a place in"
                     " it, or the article's focus) is meant, else the one of no country")
    role = base.role_sector(name.lower())
    if role:
        found = True
        lines.append(f"  role word: sector {role} (composed with a country: 'Russian {name}' -> RUS{role})")
    terms = base.terms_for(name)
    for t in terms:
        found = True
        lines.append(f"  term: {t.name} {t.role} of {t.country} {t.start}..{t.end or 'now'} ({t.sector})")
    if terms and day:
        t = base.officeholder(name, day)
        lines.append(f"  => on {day}: " + (f"{t.country}{t.sector} ({t.role})" if t else "no term in force"))
    if not found:
        lines.append("  not in the actor base: it would stay an uncoded actor (text only); add it with --actors")
    return "\n".join(lines)
