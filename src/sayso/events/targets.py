"""Whom an act is aimed at when its trigger names no target: the author of the object, the target of the
announced act, the condition or purpose clause, the obliged, a place's country (and a place's government
as an inferred source)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from sayso.actors.countries import city_country
from sayso.actors.sectors import OTHER_SIDE_NOUNS, OWNING_VERBS
from sayso.attribution import QuoteSpan
from sayso.doccache import children, ent_at, kids, subtree
from sayso.events import matching, relations, roles, tree
from sayso.events.parties import actors, apart, distinct, place_mentions, with_sentence_country
from sayso.events.state import ArticleState, Resources, Sent
from sayso.model import Actor

#: Codes whose target is the population of the place they happen in: curfews and emergency rule (imposed
#: on it), aid and its suspension (delivered to it), military withdrawals (0874, from it); not ceasefires,
#: whose place is often only where they were negotiated ('agreed to a ceasefire after talks in Moscow');
#: shows of force (15x, only abroad: see inferred.inferred_targets) and condolences (018, 'sorrow for the floods in
#: Pakistan').
PLACE_TARGET_CODES = ("172", "132", "070", "071", "072", "073", "074", "075", "162", "0874", "0813", "0814", "15",
                      "018")


def condition_targets(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan], on: date | None,
                      sources: list[Actor]) -> list[Actor]:
    """'threatened to halt the talks if Greece went ahead': a threat is aimed at whom its condition names."""
    # ('warned that it would take countermeasures if the US speaker visited Taiwan': the warning's clause)
    clauses = [tok, *(c for c in kids(tok) if tree.is_infinitive_complement(c) or c.dep_ == "ccomp")]
    for t in clauses:
        for c in kids(t):
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in kids(c)):
                got = [with_sentence_country(a, s, res, st)
                       for a in actors(children(c, "nsubj"), s, res, st, quotes, on)]
                got = apart(got, sources)
                if got:
                    return got
    return []


#: Roots of a clause that says whom a protest is aimed at ('demanding ...', 'denouncing ...').
PURPOSE_ROOTS = ("10", "11", "12", "14")


def purpose_targets(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan], on: date | None,
                    sources: list[Actor], acts: tuple[str, ...] = ()) -> list[Actor]:
    """'began a hunger strike to protest President Moi's refusal', 'marched demanding the removal of X':
    a protest is aimed at whom its purpose clause acts on. With `acts`, only a purpose coded with one of
    those roots counts ('an offensive to retake the town from the rebels', not '... to protect civilians')."""
    anchor = tok.head if tok.dep_ == "dobj" else tok
    obj = tree.object_token(tok) if acts else None  # 'launched an offensive to retake ...': on the object
    phrased = tree.purpose_phrases(anchor)  # 'went on strike in a bid to pressure the government'
    for c in [*kids(anchor), *(kids(obj) if obj is not None else ()), *phrased]:
        if c.i == tok.i or c.pos_ != "VERB" or (c.dep_ not in ("advcl", "xcomp", "acl") and c not in phrased):
            continue
        p = matching.match(c, res.lexicon)
        purpose = tree.has_to(c)
        if acts and (p is None or p.code[:2] not in acts):
            continue
        if not purpose and (p is None or p.code[:2] not in PURPOSE_ROOTS):
            continue  # 'demanding the removal of X' says whom; 'scaling a pole' does not
        toks = roles.target_tokens(c, p) if p is not None else roles.plain_target_tokens(c)
        if acts and p is not None and p.code.startswith("192"):
            toks = tree.prep_objects(c, ("from",)) + toks  # 'to retake the town from the rebels': taken from them
        got = [with_sentence_country(a, s, res, st) for a in actors(toks, s, res, st, quotes, on)]
        got = [a for a in apart(got, sources) if a.country or a.actor_id or a.sector]
        got = got or object_authors(c, s, res, st, quotes, on, sources) or \
            apart(obliged(c, s, res, st, quotes, on), sources) or \
            fallback_targets(c, s, res, st, quotes, on, sources, code=p.code if p else "")
        if got:
            return got
    return []


#: Roots of violence whose unnamed perpetrators CAMEO codes as the place's unidentified armed forces.
VIOLENT_ROOTS = ("18", "19", "20")

#: Acts only a state does: a passive one without its agent is the act of the government where it happens.
STATE_ACTS = ("172", "173", "174")


def country_actor(iso3: str, cameo: str, name: str | None, mention: tuple[str, int, int],
                  sector: str | None = None, entity: bool = True) -> Actor:
    """A country, or one of its sectors, as an inferred actor named by another mention (a place, the
    source itself, a protest noun); `entity` gives it the country's actor id."""
    text, start, end = mention
    return Actor(text=text, start=start, end=end, actor_id=iso3.lower() if entity else None, name=name,
                 country=iso3, sector=sector, code=f"{cameo}{sector or ''}")


def _one_place_actor(s: Sent, res: Resources, sector: str | None) -> list[Actor]:
    """The one country a sentence names as a place, as an actor named by the place's mention: the state
    itself (sector None) or one of its sectors; nothing when the sentence names no place or several."""
    places = place_mentions(s, res)
    if len({iso3 for _e, iso3, _c in places}) != 1:
        return []
    ent, iso3, cameo = places[0]
    c = res.actors.country(iso3)
    mention = (ent.text, ent.start_char + s.off, ent.end_char + s.off)
    return [country_actor(iso3, cameo, c.name if c is not None else iso3, mention, sector, entity=sector is None)]


def place_government(s: Sent, res: Resources) -> list[Actor]:
    """The government of the one country a sentence names as a place, by the place's mention."""
    return _one_place_actor(s, res, "GOV")


def named_place_country(place: Token, s: Sent, res: Resources) -> Actor | None:
    """The country of a city or region the gazetteer knows ('Mekelle', 'the town of Goma', 'the Tigray
    capital Mekelle'), as an actor named by the place's mention; None for anything else."""
    for cand in (place, *tree.prep_objects(place, ("of",)), *children(place, "appos")):
        if not matching.names_a_place(cand):
            continue
        ent = ent_at(cand)
        span = ent if ent is not None else cand.doc[cand.i:cand.i + 1]
        if span.text.islower():
            continue  # 'the west bank of the Dnipro' tagged as a place: a name has a capital
        pair = city_country(span.text, res.actors)
        if pair is None:
            continue
        c = res.actors.country(pair[0])
        return country_actor(pair[0], pair[1], c.name if c is not None else pair[0],
                             (span.text, span.start_char + s.off, span.end_char + s.off), entity=False)
    return None


def left_place(tok: Token, s: Sent, res: Resources) -> list[Actor]:
    """The country of the place a withdrawal leaves ('pulled out of Mekelle', 'withdrew from the town of
    Goma'): the country whose ground it gives up."""
    obj = tree.object_token(tok)
    left = tree.prep_objects(tok, ("from",)) + \
        tree.out_of_objects(tok) + tree.prep_objects(tok, ("of",)) + \
        (tree.prep_objects(obj, ("in",)) if obj is not None else [])  # 'ended its mission in Sierra Leone'
    for place in left:
        got = named_place_country(place, s, res)
        if got is not None:
            return [got]
    return []


def country_at_place(tok: Token, s: Sent, res: Resources) -> list[Actor]:
    """The country where a curfew or emergency rule is imposed ('in Kano'), as the one it is aimed at; the
    place's mention stands for it."""
    return _one_place_actor(s, res, None)


#: Acts of force a condemnation or threat may name with only their place ('the coup in Niger').
FORCE_NOUNS = frozenset({"coup", "intervention", "invasion", "incursion", "annexation", "occupation", "crackdown",
                         "offensive", "takeover"})
#: Roots of acts of force (shows of force, coercion, assault, fighting, mass violence).
FORCE_ROOTS = ("15", "17", "18", "19", "20")
#: Roots of acts that may name an act of force by its place alone: condemnations (11x) and threats (13x).
FORCE_NAMING_ROOTS = ("11", "13")


def force_place(tok: Token, s: Sent, res: Resources) -> list[Actor]:
    """'condemned the military coup in Niger', 'threatened military intervention in Niger': an act of force
    the object names with no party is aimed at the one country where it happens."""
    act = tree.object_token(tok)
    if act is None:
        return []
    if act.lemma_.lower() not in FORCE_NOUNS and \
            ((m := matching.match(act, res.lexicon)) is None or m.code[:2] not in FORCE_ROOTS):
        return []
    return country_at_place(tok, s, res)


#: Nouns of an 'in ... to X' phrase that names whom an act answers ('in a concession to protesters').
RESPONSE_NOUNS = {"concession", "response", "retaliation", "reply", "deference", "solidarity", "protest",
                  "reaction", "answer", "defiance"}
#: Nouns of an 'as a ... to X' phrase that names whom an act is meant for ('deployed troops as a warning to X').
SIGNAL_NOUNS = {"warning", "signal", "message", "deterrent", "threat", "rebuke", "reprisal", "punishment"}
#: Foreign missions whose country a protest held at them is aimed at ('outside the Russian embassy in Kyiv').
MISSION_NOUNS = {"embassy", "consulate", "mission", "legation"}


def protested_mission(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
                      on: date | None) -> list[Actor]:
    """'protested outside the Russian embassy in Kyiv', 'rallied in front of the US embassy': a protest held
    at a country's embassy or consulate is aimed at that country's government."""
    sites = [site for o in tree.prep_objects(tok, ("outside", "at", "near", "before", "in", "to", "on"))
             for site in (o, *tree.prep_objects(o, ("of",)))]  # ('in front of', 'to the gates of')
    for site in (o for o in sites if o.lemma_.lower() in MISSION_NOUNS):
        got = next((a for a in actors([site], s, res, st, quotes, on) if a.country), None)
        c = res.actors.country(got.country) if got is not None else None
        if c is not None:
            return [replace(got, sector="GOV", code=f"{c.cameo}GOV")]
    return []


#: Nouns of a 'border with X' phrase that names the neighbour an act is aimed at.
BORDER_NOUNS = relations.BORDER_NOUNS

#: Prepositions inside an acted-on noun that name whom it concerns ('a war against Iraq', 'crimes by X').
DEEP_PREPS = ("against", "by", "of", "on", "with", "from", "for")

#: Roots whose 'from X' names the one the act is aimed at ('withdrew its troops from Lebanon').
FROM_TARGET_ROOTS = ("08", "16")


def fallback_targets(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan], on: date | None,
                     sources: list[Actor], code: str = "") -> list[Actor]:
    """When the object is not an actor: whose it is, whom it is against or by whom it was made ('shelled
    positions of the Kurdish militia', 'threatened action against Russia', 'rejected an appeal from
    the president', 'welcomed Reagan's statement', 'attacked a camp for refugees'), else a named actor
    after 'to' ('apologized to Brazil') or, for withdrawals and cuts, after 'from'."""
    obj = tree.object_token(tok)
    cands: list[Token] = []
    if obj is not None and obj.lemma_.lower() not in OTHER_SIDE_NOUNS:  # not "Israel's ally": another party
        cands += children(obj, "poss")
        # ('opened an investigation into war crimes by Israel': one step in, below, finds the doer)
        # ('held talks on the Gaza border': what talks are on is their topic, not a party)
        topic = obj.lemma_.lower() in matching.MEETING_HEADS
        cands += tree.prep_objects(obj, ("against", *(() if topic else ("on",)), "with", "to", "of", "upon", "by",
                                         "from", "for", "into"))
        # 'seized assets belonging to Russian oligarchs', 'a tanker owned by an Iranian firm': the owner
        cands += [o for a in children(obj, "acl") if a.lemma_.lower() in OWNING_VERBS
                  for o in tree.prep_objects(a, ("to", "by"))]
    aimed_preps = ("to", "against", "into") if tree.is_passive(tok) else ("to", "against", "by", "into")
    # ('were sent to Tajikistan's border with Afghanistan': the neighbour across it, not the border's owner)
    cands += [relations.across_border(o, tok) for o in tree.prep_objects(tok, aimed_preps)]
    if obj is not None and obj.lemma_.lower() in BORDER_NOUNS:
        cands += tree.prep_objects(tok, ("with",))  # 'closed its border with Georgia' ('with' on the verb)
    for o in tree.prep_objects(tok, ("on", "against", "for")):
        if o.pos_ == "NOUN":  # 'went on strike against the government', 'advised against travel to Libya'
            cands += tree.prep_objects(o, ("against", "to", "on"))
    sent = tok.sent
    for o in subtree(tok):
        if o.dep_ != "pobj" or not sent.start <= o.i < sent.end or _in_other_clause(o, tok):
            continue  # (not 'vowed to fight until they hold the villages near X's border with Y')
        if (o.head.lower_ == "in" and o.lemma_.lower() in RESPONSE_NOUNS) or \
                (o.head.lower_ == "as" and o.lemma_.lower() in SIGNAL_NOUNS):  # 'as a warning to Hezbollah'
            cands += tree.prep_objects(o, ("to", "against", "for", "with", "of"))  # 'in a concession to X'
        elif o.lemma_.lower() in BORDER_NOUNS:  # 'massed troops near its border with Ukraine'
            cands += tree.prep_objects(o, ("with",))
            if code[:2] in ("15", "17", "18", "19", "20") and o.head.head.i == tok.i:
                # 'massed along the Polish border', 'shelled near Ukraine's border': a force or strike at a
                # border is aimed at the neighbour named on it (a border that only locates something is not)
                cands += [c for c in kids(o) if c.dep_ in ("amod", "compound", "poss") and c.ent_type_]
    if code[:2] in FROM_TARGET_ROOTS:
        # 'withdrew from Lebanon' is aimed at Lebanon; 'withdrew from Aden' names a place, not a side;
        # 'pulled its troops out of Afghanistan' as well
        cands += [o for o in [*tree.prep_objects(tok, ("from",)), *tree.out_of_objects(tok)]
                  if o.ent_type_ not in roles.PLACE_ONLY]
    if code[:2] in VIOLENT_ROOTS:
        if obj is not None:
            # 'struck vehicles carrying fighters of the SDF': those the struck thing carries
            cands += [o for a in children(obj, "acl") if a.lemma_.lower() in CARRY_VERBS
                      for o in children(a, "dobj")]
        # 'fired missiles at cities across Ukraine': the country of the places aimed at
        cands += [p for o in tree.prep_objects(tok, ("at", "on", "into")) if o.ent_type_ == ""
                  for p in tree.prep_objects(o, ("across", "in", "throughout", "inside", "near"))]
    purpose = tree.prep_objects(tok, ("for",))  # 'mobilized reservists for a war against Iraq'
    inner = [o for c in [*cands, *purpose] for o in [*children(c, "poss"), *tree.prep_objects(c, DEEP_PREPS)]
             if c.lemma_.lower() not in OTHER_SIDE_NOUNS]
    for c in [*cands, *inner]:  # 'mobilized reservists for a war against Iraq': one step further in
        if c.lower_ in ("its", "their", "his", "her", "our", "my", "your"):
            continue  # 'withdrew its troops': the possessor is the source itself
        got = [with_sentence_country(a, s, res, st) for a in actors(tree.with_conjuncts(c), s, res, st, quotes, on)]
        got = [a for a in apart(got, sources) if a.country or a.actor_id or a.sector]
        if got:
            return got
    return []


def _in_other_clause(o: Token, tok: Token) -> bool:
    """Whether `o` hangs in a clause of another verb below `tok` (a subordinate or complement clause)."""
    h = o.head
    while h.i != tok.i and h.head.i != h.i:
        if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("xcomp", "aux", "auxpass"):
            return True
        h = h.head
    return False


#: Verbs by which a struck vehicle carries people ('a bus carrying pilgrims').
CARRY_VERBS = {"carry", "transport", "ferry", "bring", "take"}


def object_authors(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan], on: date | None,
                   sources: list[Actor]) -> list[Actor]:
    """'rejected calls by Belarus', 'condemned Russia's attack', 'dismissed a plan put forward by X': the
    author of the act or proposal a verb responds to."""
    obj = tree.object_token(tok)
    obj_pat = matching.match(obj, res.lexicon) if obj is not None else None
    if obj is None:
        return []
    if obj_pat is None or obj_pat.pos != "noun":
        # 'dismissed a peace plan put forward by Zelenskiy': the author named by the object's participle
        agents = tree.participle_agents(obj)
        return apart(actors(tree.with_conjuncts(agents[0]), s, res, st, quotes, on), sources) if agents else []
    return apart(actors(roles.noun_roles(obj, obj_pat)[0], s, res, st, quotes, on), sources)


#: Nouns of mass protest a concession can answer ('resigned after weeks of mass protests').
PROTEST_NOUNS = {"protest", "demonstration", "rally", "riot", "strike", "unrest", "uprising", "march"}


def protesters_answered(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
                        on: date | None, sources: list[Actor]) -> list[Actor]:
    """'Bouteflika resigned after weeks of mass protests': a concession made after, amid or following
    protests is aimed at the protesters, by the protest's own source if it names one, else at the
    civilians of the conceding side's country (named by the protest noun)."""
    for c in kids(tok):
        if c.dep_ != "prep" or c.lower_ not in ("after", "amid", "following"):
            continue
        for o in (g for g in kids(c) if g.dep_ == "pobj"):  # (also 'after weeks of ...', a DATE)
            noun = next((n for n in [o, *tree.prep_objects(o, ("of",))] if n.lemma_.lower() in PROTEST_NOUNS), None)
            if noun is None:
                continue
            pat = matching.match(noun, res.lexicon)
            named = actors(roles.noun_roles(noun, pat)[0], s, res, st, quotes, on) if pat is not None else []
            if named:
                return named
            country = next((a.country for a in sources if a.country), None)
            c_rec = res.actors.country(country) if country else None
            if c_rec is not None:
                mention = (noun.text, noun.idx + s.off, noun.idx + len(noun.text) + s.off)
                return [country_actor(c_rec.iso3, c_rec.cameo, None, mention, "CVL", entity=False)]
    return []


#: Nouns for talks after which a concession is made ('called off the strike after talks with the government').
TALKS_NOUNS = frozenset({"talk", "negotiation", "deliberation", "consultation", "meeting", "discussion", "dialogue",
                         "mediation"})


def negotiators_answered(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
                         on: date | None, sources: list[Actor]) -> list[Actor]:
    """'called off the strike after talks with the government': a concession made after or following talks
    is aimed at the other side of the talks."""
    # ('following' is often parsed as a verb with the talks as its object)
    after = [*tree.prep_objects(tok, ("after", "following")),
             *(o for c in kids(tok) if c.lower_ == "following" for o in children(c, "dobj"))]
    talks = [o for o in after if o.lemma_.lower() in TALKS_NOUNS]
    partners = [p for o in talks for p in tree.prep_objects(o, ("with",))]
    found = [with_sentence_country(a, s, res, st) for a in actors(partners, s, res, st, quotes, on)]
    return [a for a in apart(found, sources) if a.country or a.sector or a.actor_id]


#: Codes of acts that send or give forces ('deployed peacekeepers', 'pledged troops'): military aid and
#: protection, promised (033x) or given (07x), and shows of force (15x).
FORCE_SENDING_CODES = ("033", "07", "15")


def sent_force(a: Actor, obj: Token, code: str) -> bool:
    """Whether an object actor is forces the source sends: a military or police body (or peacekeepers) whose
    own words name no country or body, in an act that sends or gives forces. A country it was given is only
    the place it goes to, which is the act's target, not the forces' ('deployed peacekeepers in Libya')."""
    force = a.sector in ("MIL", "COP") or (a.sector == "IGO" and "peacekeep" in a.text.lower())
    own_words = any(c.ent_type_ for c in kids(obj) if c.dep_ != "prep")
    return force and code.startswith(FORCE_SENDING_CODES) and not (a.actor_id or a.name or own_words)


def content_targets(tok: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan], on: date | None,
                    sources: list[Actor], code: str = "") -> list[Actor]:
    """'agreed to ease the embargo on Cuba', 'pledged to continue aid to Chad': an intent or threat takes
    the target of the act it announces, following a chain of infinitives (coded acts or not); a refusal
    of a proposal, the target of the act proposed ('rejected an invitation to visit Cairo')."""
    frontier = [c for c in kids(tok) if tree.is_infinitive_complement(c)]
    obj = tree.object_token(tok) if code[:2] == "12" else None
    if obj is not None and not children(obj, "poss"):  # "blocked Sweden's bid to join": Sweden's
        frontier += relations.proposed_acts(obj)
    for _ in range(3):
        deeper = []
        for c in frontier:
            p = matching.match(c, res.lexicon)
            toks = roles.target_tokens(c, p) if p is not None else roles.plain_target_tokens(c)
            obj = tree.object_token(c) if p is not None and p.objects else None
            if not toks and obj is not None:
                toks = tree.with_conjuncts(obj)  # 'threatened to ban opposition candidates'
            got = [a for a in actors(toks, s, res, st, quotes, on) if a.country or a.actor_id or a.sector]
            if obj is not None and p is not None:  # 'declined to send peacekeepers to Libya': not at them
                got = [a for a in got if not sent_force(a, obj, p.code)]
            got = [a for a in got if all(distinct(a, src) or not src.country for src in sources)]
            if not got and c.pos_ == "VERB":
                got = fallback_targets(c, s, res, st, quotes, on, sources, code=p.code if p else "")
            if got:
                return got
            deeper += [g for g in kids(c) if tree.is_infinitive_complement(g)]
        frontier = deeper
    return []


OBLIGATION_AUX = {"must", "should", "ought"}
#: Words that make a content clause a question, not a demand ('asked whether ...', 'asked why ...').
QUESTION_WORDS = {"whether", "if", "why", "how", "when", "where", "what", "who"}


def obliged(t: Token, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
            on: date | None, demand: bool = False) -> list[Actor]:
    """The subjects of a content clause that says what someone must do ('demanded that Japan scrap ...',
    'said the government and the rebels must talk'). After a demand (`demand`) any 'that' clause says it,
    whatever tense the tagger gave the verb ('demanded that Iraq withdraw', 'that Qatar shut down'), also
    on the demand's own noun ('renewed its demand that Azerbaijan release ...')."""
    obj = tree.object_token(t) if demand else None
    for c in [*kids(t), *(kids(obj) if obj is not None else ())]:
        for_clause = demand and c.dep_ in ("advcl", "acl", "xcomp") and tree.has_for_mark(c)  # 'called for X to V'
        that_clause = c.dep_ == "acl" and c.head.i != t.i and tree.has_that(c)  # 'its demand that X V'
        if c.dep_ != "ccomp" and not for_clause and not that_clause:
            continue
        subj = children(c, "nsubj", "nsubjpass")  # 'demanding that she be released'
        if not subj or any(a.dep_ in ("mark", "advmod") and a.lower_ in QUESTION_WORDS for a in kids(c)):
            continue  # 'asked whether Syria had used chemical weapons' demands nothing of Syria
        modal = (demand and c.pos_ in ("VERB", "AUX")) or \
            any(a.dep_ == "aux" and a.lower_ in OBLIGATION_AUX for a in kids(c)) or \
            any(a.lower_ == "have" and a.dep_ in ("xcomp", "ROOT") for a in kids(c)) or \
            (c.tag_ == "VB" and not any(a.dep_ == "aux" and a.lower_ != "to" for a in kids(c))) or \
            any(a.dep_ == "auxpass" and a.lower_ == "be" for a in kids(c))  # subjunctive: 'that X (be) ...'
        if modal:
            return [with_sentence_country(a, s, res, st)
                    for a in actors(tree.with_conjuncts(subj[0]), s, res, st, quotes, on)]
    return []
