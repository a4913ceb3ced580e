"""Sources and targets a trigger's grammar does not name: inferred from the place, the act's purpose, outcome or
answer, or the sentences before, each inference marked by a rule suffix."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from sayso.actors.sectors import is_physical
from sayso.attribution import QuoteSpan
from sayso.doccache import children, kids
from sayso.events import matching, negation, relations, roles, tree
from sayso.events.lexicon import Pattern
from sayso.events.mood import mood_of
from sayso.events.parties import STATE_SECTORS, actors, apart, with_sentence_country
from sayso.events.state import ArticleState, Resources, Sent
from sayso.events.targets import (
    FORCE_NAMING_ROOTS,
    FORCE_ROOTS,
    PLACE_TARGET_CODES,
    STATE_ACTS,
    VIOLENT_ROOTS,
    condition_targets,
    content_targets,
    country_actor,
    country_at_place,
    fallback_targets,
    force_place,
    left_place,
    negotiators_answered,
    object_authors,
    obliged,
    place_government,
    protested_mission,
    protesters_answered,
    purpose_targets,
)
from sayso.model import Actor

#: How many sentences back a concession still answers a protest.
PROTEST_REACH = 3


def _earlier_protesters(s: Sent, st: ArticleState, sources: list[Actor]) -> list[Actor]:
    """The latest protesters of the few sentences before this one, of the conceding side's country (any,
    when the side has none: 'the president')."""
    country = next((a.country for a in sources if a.country), None)
    for index, who in reversed(st.protests):
        if s.index - PROTEST_REACH <= index < s.index and country in (who.country, None):
            return [who]
    return []


#: Participles that only say whom or what an act before them was aimed at ('imposed sanctions, targeting ...').
AIMING = frozenset({"target", "aim"})


def _victims(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
             on: date | None, sources: list[Actor]) -> list[Actor]:
    """The people an act's outcome clause names when the act itself hit a place or thing: 'bombed a funeral
    hall in Sanaa, killing scores of mourners' was done to the mourners."""
    obj = tree.object_token(tok)
    if obj is not None and matching.names_people(obj):
        return []  # (with no object at all, 'a bomb exploded, killing six people' was done to the six)
    outcome = [c for c in tree.participle_clauses(tok)
               if (m := matching.match(c, res.lexicon)) is not None and m.code[:2] in VIOLENT_ROOTS]
    people = [o for c in outcome for o in children(c, "dobj") if matching.names_people(o)]
    found = [a for o in people for a in actors(tree.with_conjuncts(o), s, res, st, quotes, on)]
    return [with_sentence_country(a, s, res, st) for a in apart(found, sources)]


#: Nouns for what someone asks of another: yielding 'to demands from X' yields to X.
DEMAND_NOUNS = frozenset({"demand", "call", "pressure", "request", "appeal", "plea", "ultimatum", "protest"})


def demand_maker(t: Token) -> Token:
    """The maker of a demand a target names ('conceded to demands from UNITA', 'bowed to pressure by the
    unions'); any other target as it is."""
    if t.lemma_.lower() in DEMAND_NOUNS:
        makers = tree.prep_objects(t, ("from", "by")) or [c for c in kids(t) if c.dep_ == "poss"]
        if makers:
            return makers[0]
    return t


#: Systems attacked or broken into that stand for their country ('infiltrated US telecommunications networks',
#: 'attacked water utilities in Israel').
INFRASTRUCTURE = frozenset({"network", "utility", "grid", "infrastructure", "pipeline"})
#: Patterns for taking a state's power, aimed at that state ('the army seized power').
POWER_SEIZURES = frozenset({"seize-power", "grab-power"})


def inferred_sources(tok: Token, p: Pattern, s: Sent, res: Resources, st: ArticleState,
                      quotes: list[QuoteSpan], on: date | None,
                      sources: list[Actor]) -> tuple[list[Actor], list[str]]:
    """Sources the grammar does not name: where a hostile act came from, the state behind a passive
    arrest, the event noun a passive happened in, or the place's unidentified armed forces."""
    suffixes: list[str] = []
    if not sources and p.pos == "verb" and p.code[:2] in FORCE_ROOTS:
        # 'a mortar was fired at Israel from the Gaza Strip': where a hostile act came from is its side
        origin = [a for a in actors(tree.prep_objects(tok, ("from",)), s, res, st, quotes, on) if a.country]
        if origin:
            sources = [replace(origin[0], sector=None, code=origin[0].code[:3] if origin[0].code else None)]
    if not sources and p.pos == "verb" and p.code[:2] == "15" and tree.is_passive(tok):
        # 'Nigerian troops were deployed to Gambia': forces moved are their own state's show of force
        sources = [a for a in actors(children(tok, "nsubjpass"), s, res, st, quotes, on)
                   if a.sector in ("MIL", "COP") and a.country]
    if not sources and p.pos == "verb" and p.code[:3] in STATE_ACTS and tree.is_passive(tok):
        # 'was arrested in Lebanon': arrests, bans and curfews are the acts of the state where they happen
        sources = place_government(s, res)
        suffixes += ["+place-government-source"] if sources else []
    if not sources and p.pos == "verb":
        noun = relations.agent_event_noun(tok)
        noun_pat = matching.match(noun, res.lexicon) if noun is not None else None
        if noun is not None and noun_pat is not None and noun_pat.pos == "noun":
            sources = actors(roles.noun_roles(noun, noun_pat)[0], s, res, st, quotes, on)
    if not sources and p.pos == "verb" and p.code[:2] in VIOLENT_ROOTS:
        demonym = relations.demonym_before_gerund(tok)
        if demonym is not None:
            sources = actors([demonym], s, res, st, quotes, on)
    if not sources and p.pos == "verb" and p.code[:2] in VIOLENT_ROOTS:  # a clause, not a noun ('the shootings')
        # 'a roadside bomb near Samarra killed a soldier': CAMEO's unidentified armed forces (UAF) of the
        # country where the violence happened
        sources = [replace(g, sector="UAF", code=f"{g.code[:3]}UAF") for g in place_government(s, res)]
        suffixes += ["+unidentified-armed-forces"] if sources else []
    return sources, suffixes


def inferred_targets(tok: Token, p: Pattern, s: Sent, res: Resources, st: ArticleState,
                      quotes: list[QuoteSpan], on: date | None, sources: list[Actor],
                      targets: list[Actor]) -> tuple[list[Actor], str]:
    """Targets the grammar does not name directly, tried in order, with the rule suffix of an inference."""
    if not targets:
        hosts = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # 'adopted sanctions on Monday targeting ...'
        aimed = [o for h in hosts for c in tree.participle_clauses(h) if c.lemma_.lower() in AIMING
                 for o in children(c, "dobj")]
        if aimed:  # 'adopted sanctions targeting Iranian drone makers'
            targets = apart([a for o in aimed for a in actors(tree.with_conjuncts(o), s, res, st, quotes, on)],
                            sources)
            if targets:
                return targets, "+aimed-at"
    if not targets and p.pos == "verb":
        targets = object_authors(tok, s, res, st, quotes, on, sources)
    if not targets and p.code[:2] in ("03", "12", "13"):
        # 'threatened to cut ties with X', 'refused to let US troops use its bases'
        targets = content_targets(tok, s, res, st, quotes, on, sources, code=p.code)
    if not targets and p.pos == "verb":
        targets = fallback_targets(tok, s, res, st, quotes, on, sources, code=p.code)
    if not targets and (p.code[:2] == "13" or mood_of(tok, res.lexicon) == "threatened"):
        targets = condition_targets(tok, s, res, st, quotes, on, sources)  # '... unless Baghdad accepts'
    if not targets and p.code[:2] in FORCE_NAMING_ROOTS:
        targets = force_place(tok, s, res)  # 'condemned the military coup in Niger'
        if targets:
            return targets, "+place-target"
    if not targets and p.code[:2] in ("14", "15"):
        # 'a hunger strike to protest X', 'moved a carrier group to the region to deter Iran'
        targets = purpose_targets(tok, s, res, st, quotes, on, sources)
    if not targets and p.code[:2] == "14" and (mission := protested_mission(tok, s, res, st, quotes, on)):
        return mission, "+mission-target"  # 'protested outside the Russian embassy in Kyiv'
    if not targets and p.code[:2] in ("03", "04", "05", "06", "07", "08", "15"):
        asked = apart([a for o in relations.requesters(tok) for a in actors([o], s, res, st, quotes, on)], sources)
        if asked:
            return asked, "+at-request"  # 'sent troops to Juba at the request of South Sudan's government to help
    if not targets and p.code[:2] in VIOLENT_ROOTS:
        # 'launched an offensive to retake the region from the rebels': an attack whose purpose is a
        # coercive or violent act is aimed at whom that act is
        targets = purpose_targets(tok, s, res, st, quotes, on, sources, acts=("17", "18", "19", "20"))
    if not targets and p.code[:2] == "08":
        answered = protesters_answered(tok, s, res, st, quotes, on, sources)  # 'resigned after mass protests'
        if not answered and (talked := negotiators_answered(tok, s, res, st, quotes, on, sources)):
            return talked, "+after-talks"  # 'called off the strike after talks with the government'
        if not answered and sources and all(a.sector in STATE_SECTORS or a.sector is None for a in sources):
            answered = _earlier_protesters(s, st, sources)  # 'Thousands marched ... . The president resigned.'
        if answered:
            return answered, "+answers-protest"
    if not targets and (p.code[:2] == "12" or (p.code[:2] == "08" and negation.is_negated(tok))):
        # 'refused to step down despite calls from the opposition': the refusal answers the callers
        pressers = [demand_maker(o) for t in (tok, tok.head) for o in tree.prep_objects(t, ("despite",))
                    if o.lemma_.lower() in DEMAND_NOUNS]
        named = [t for t in pressers if t.lemma_.lower() not in DEMAND_NOUNS]
        targets = apart(actors(named, s, res, st, quotes, on), sources)
        if targets:
            return targets, "+despite"
    if not targets and p.code[:2] in ("09", "11"):
        # 'opened an investigation into war crimes in Ukraine': misdeeds stand for where or by whom done
        done = apart(actors(relations.misdeed_parties(tok, p), s, res, st, quotes, on), sources)
        if done:
            return done, "+misdeed"
    if not targets and p.code[:2] in ("02", "10"):
        targets = apart(obliged(tok, s, res, st, quotes, on, demand=True), sources)  # 'demanding that she be released'
    if not targets and p.pos == "verb" and p.code[:2] in VIOLENT_ROOTS and \
            (victims := _victims(tok, s, res, st, quotes, on, sources)):
        return victims, "+victims"  # 'bombed a funeral hall, killing scores of mourners'
    obj = tree.object_token(tok) if p.pos == "verb" else None
    if not targets and p.code[:2] in ("17", "18", "19", "20") and obj is not None and \
            (obj.dep_ == "dobj" or (obj.dep_ == "nsubjpass" and tree.is_passive(tok))) and \
            (is_physical(obj) or obj.ent_type_ == "FAC" or obj.lemma_.lower() in INFRASTRUCTURE) and sources:
        # 'jets struck targets near Damascus', 'attacked the Tarbela Dam in Pakistan': the place's country
        targets = country_at_place(tok, s, res)
        if targets:
            return targets, "+place-target"
    if not targets and p.code == "042" and obj is not None and obj.dep_ == "dobj" and \
            (is_physical(obj) or obj.ent_type_ == "FAC"):
        # 'inspectors visited the Fordow enrichment site in Iran': the site's country is the host
        targets = country_at_place(tok, s, res)
        if targets:
            return targets, "+place-target"
    if not targets and p.id in POWER_SEIZURES and sources and sources[0].country:
        return [_own_country(sources[0], res)], "+own-country-target"  # 'Thailand's army seized power'
    if not targets and p.code.startswith("087") and p.pos == "verb":
        targets = left_place(tok, s, res)  # 'pulled out of Mekelle': the country whose ground is given up
        if targets:
            return targets, "+place-left"
    if not targets and p.code.startswith(PLACE_TARGET_CODES):
        targets = country_at_place(tok, s, res)  # 'imposed a curfew in Kano'
        if p.code[:2] == "15" and any(a.country == src.country for a in targets for src in sources):
            targets = []  # 'Russia held exercises in Kaliningrad': a show of force at home is aimed at no one
        if not targets and p.code.startswith(EMERGENCY_CODES) and sources and sources[0].country:
            # 'Ethiopia's parliament lifted the state of emergency': no place named, the state's own country
            return [_own_country(sources[0], res)], "+own-country-target"
        return targets, "+place-target" if targets else ""
    return targets, ""


#: Curfews and emergency rule imposed or lifted: a state's own measures, aimed at its own country when no
#: place is named.
EMERGENCY_CODES = ("1723", "1724", "0813", "0814")


def _own_country(src: Actor, res: Resources) -> Actor:
    """The country of a state actor as the one its domestic measure is aimed at, named by the actor's mention."""
    c = res.actors.country(src.country or "")
    return country_actor(src.country or "", c.cameo if c else src.country or "", c.name if c else None,
                         (src.text, src.start, src.end), entity=c is not None)
