"""The CAMEO code an act takes from its mood, negation and targets: threats (13x), intents (03x), refusals (12x),
trade embargoes, expelled officials, abductions and arrests."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Token

from sayso.attribution import QuoteSpan
from sayso.doccache import children, kids
from sayso.events import negation, tree
from sayso.events.lexicon import Pattern
from sayso.events.mood import mood_of, purpose_clause
from sayso.events.parties import actors, apart, distinct, with_sentence_country
from sayso.events.state import ArticleState, Resources, Sent
from sayso.events.threats import condition_clause, threat_code
from sayso.model import Actor, Attribution

if TYPE_CHECKING:  # annotation only: assemble.py calls recode, so a runtime import would be a cycle
    from sayso.events.assemble import Roles


def _leaving_elsewhere(tok: Token, p: Pattern, sources: list[Actor], res: Resources) -> bool:
    """Whether 'gave X 48 hours to leave Y' names a Y that is not the giver's country: then it is an
    ultimatum (139), not an expulsion from the giver's own territory ('to leave its territory', 'to leave
    China' said by Beijing)."""
    obj = tree.object_token(tok)
    leave = next((c for h in (tok, obj) if h is not None for c in kids(h)
                  if c.lemma_.lower() in p.complement and c.pos_ == "VERB"), None)
    dest = tree.object_token(leave) if leave is not None else None
    if dest is None:
        return False
    c = res.actors.country_by_name(dest.text) or res.actors.capital_country(dest.text)
    return c is not None and all(a.country != c.iso3 for a in sources)


def _by_target(code: str, rule: str, sources: list[Actor], targets: list[Actor], res: Resources) -> tuple[str, str]:
    """Codes the target decides: expelling another state's officials is a diplomatic sanction (161, as
    'expelled the diplomats'); resigning from or quitting an international organisation cuts ties with
    it (160), it is no concession ('Mali quit ECOWAS')."""
    if not targets:
        return code, rule
    if code == "174" and all(t.sector == "GOV" and t.country and all(t.country != s.country for s in sources)
                             for t in targets):
        return "161", f"{rule}+officials-expelled"
    if code == "0831" and all(t.actor_id in res.actors.organizations and t.sector == "IGO" for t in targets):
        return "160", f"{rule}+leaves-organisation"
    if code == "171" and all(t.sector in PEOPLE_SECTORS for t in targets):
        # 'rebels seized 29 Chinese workers' is an abduction (181); 'police seized two journalists' an
        # arrest (173): seizing people is no seizure of property
        if sources and all(a.sector in STATE_FORCES for a in sources):
            return "173", f"{rule}+people-detained"
        return "181", f"{rule}+people-abducted"
    return code, rule


#: Sectors of people (not bodies or things) whose seizure is an abduction or an arrest.
PEOPLE_SECTORS = frozenset({"CVL", "LAB", "EDU", "MED", "REF", "AGR", "HLH", "REL", "ELI", "OPP"})
#: Sectors whose seizing of people is an arrest, not an abduction.
STATE_FORCES = frozenset({"COP", "MIL", "GOV", "JUD"})


#: Restrictions that are an embargo when they bear on trade, and the codes they then take (imposed: 163,
#: lifted: 085).
TRADE_RECODE = {"172": "163", "081": "085"}
RESTRICTION_NOUNS = frozenset({"ban", "restriction", "curb", "control", "limit", "moratorium"})
TRADE_NOUNS = frozenset({"import", "export", "sale", "shipment", "trade", "good", "product", "purchase",
                         "delivery", "transfer", "seafood", "beef", "grain", "oil", "gas", "weapon", "arm"})


def _trade_ban(tok: Token, code: str, rule: str) -> tuple[str, str]:
    """A ban on trade is an embargo: 'lifted a ban on sales of US weapons to Vietnam' eases an economic
    sanction (085), 'imposed restrictions on Chinese imports' is one (163); bans on parties or travel stay
    administrative (172, 081)."""
    if code not in TRADE_RECODE:
        return code, rule
    obj = tree.object_token(tok)
    if obj is None or obj.lemma_.lower() not in RESTRICTION_NOUNS:
        return code, rule
    on = tree.prep_objects(obj, ("on",)) or tree.prep_objects(tok, ("on",))
    words = {w for o in on for w in (o.lemma_.lower(), *(c.lemma_.lower() for c in kids(o)
                                                          if c.dep_ == "compound"))}
    if words & TRADE_NOUNS:
        return TRADE_RECODE[code], f"{rule}+trade-ban"
    return code, rule


def recode(tok: Token, p: Pattern, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
            on: date | None, r: Roles, links: list[Attribution]
            ) -> tuple[str, str, str | None, bool, list[Actor]]:
    """The CAMEO code the mood makes of the act: threats (13x), intents (03x) and refusals (12x); returns
    (code, rule, mood, negated, targets)."""
    sources, targets = r.sources, r.targets
    mood = mood_of(tok, res.lexicon)
    negated = negation.is_negated(tok)
    code, rule = p.code, p.id + "".join(r.suffixes)
    if p.complement and _leaving_elsewhere(tok, p, sources, res):
        code, rule = "139", f"{rule}+ultimatum"  # 'gave Saddam Hussein 48 hours to leave Iraq'
    code, rule = _by_target(code, rule, sources, targets, res)
    code, rule = _trade_ban(tok, code, rule)
    refusal = mood == "intended" or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in negation.REFUSAL_VERBS)
    condition = condition_clause(tok)
    # an announced act ('said it would', 'will'), not the reporter's supposition ('X would strike if ...');
    # under 'threatened to' the threat verb is the event
    threat = threat_code(code) if condition is not None and not negated and mood == "intended" else None
    threat_rule = "conditional-threat"
    if threat is None and not negated and mood == "intended" and links and sources and not code.startswith("08") and \
            links[-1].speaker is not None and not distinct(sources[0], links[-1].speaker) and \
            sources[0].country == links[-1].speaker.country:
        # 'Kurdish parties said they would boycott any dealings with Ankara': a hostile act a speaker
        # announces of itself is a threat to its target (CAMEO 13x); an announced withdrawal with no
        # condition is an intent to yield ('said it would pull its troops out'), not a threat
        threat, threat_rule = threat_code(code), "announced-threat"
    if threat is None and not negated and mood == "intended" and sources and tree.is_infinitive_complement(tok) \
            and tok.head.lemma_.lower() in INTENT_THREAT_HEADS:
        # 'the junta wants to attack the rebels': CAMEO's intent for a hostile act is the threat of it (13x),
        # as an intent to cooperate is 03x
        threat, threat_rule = threat_code(code), "intended-threat"
    if threat is None and not negated and mood == "intended" and code[:2] in INTENT_AS:
        # CAMEO codes a cooperative act that is only announced ('Norway will give Malawi a grant',
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
            targets = apart(actors(children(condition, "nsubj"), s, res, st, quotes, on), sources)
            targets = [with_sentence_country(a, s, res, st) for a in targets]
    if mood is None and purpose_clause(tok):
        # 'deployed troops to help fight the insurgents': the purpose is not done yet; its code stays the act's
        # (unlike an announced intent, which CAMEO codes 03x)
        mood, rule = "intended", f"{rule}+purpose"
    return code, rule, mood, negated, targets


#: Heads whose infinitive states the subject's own intent ('wants to', 'plans to', 'intends to').
INTENT_THREAT_HEADS = {"want", "plan", "intend", "aim", "seek", "mean"}
#: The intent code (03x) an announced act of cooperation becomes, by the act's CAMEO root.
INTENT_AS = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
#: The rejection code a negated act of cooperation becomes, by the act's CAMEO root.
REJECTED_AS = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "121", "08": "124"}
