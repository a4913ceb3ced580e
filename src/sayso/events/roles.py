"""The tokens that fill an event's roles (source and target), read off the dependency tree."""

from __future__ import annotations

from spacy.tokens import Token

from sayso.doccache import children, kids
from sayso.events.lexicon import Pattern
from sayso.events.matching import names_a_place, names_people
from sayso.events.negation import PREVENTING, WARNING_VERBS, intent_noun
from sayso.events.relations import (
    ALLEGING_NOUNS,
    ASKING_NOUNS,
    OBSERVER_VERBS,
    UNDERGOER_VERBS,
    across_border,
    asked_party,
    permitted_party,
    receiving_verb,
    responsibility_claimer,
    wielder,
)
from sayso.events.tree import (
    INTRANSITIVE_MOTION,
    charged_each_other,
    complement_subjects,
    has_to,
    headline_passive,
    is_infinitive_complement,
    is_passive,
    misparsed_main_verb,
    object_token,
    participle_agents,
    passive_conjunct,
    prep_objects,
    purpose_phrase_verb,
    reduced_relative,
    shared_agent,
    shared_object,
    with_conjuncts,
)

OBJECT_CONTROL = {"urge", "call", "ask", "force", "tell", "order", "persuade", "allow", "invite", "want", "expect",
                  "encourage", "press", "pressure", "compel", "instruct", "request", "help", "enable"}
SUBJ = ("nsubj",)
#: A required preposition whose object is the one acted upon ("call on X", "fire at X", "side with X").
TARGET_PREPS = {"on", "at", "with", "against", "to", "upon"}


#: Verbs of taking part: their subject is the actor of the nominal event they name ('joined the protest').
PARTICIPATION_VERBS = {"participate", "take", "join", "converge", "gather", "assemble", "engage", "attend",
                       "turn", "show", "flock", "pour", "march", "rally", "travel", "head", "arrive", "come", "go",
                       "return", "sit", "agree", "consent", "commit"}  # 'agreed to talks'
#: Heads of security forces, who act at a protest without taking part in it.
SECURITY_FORCE_WORDS = frozenset({"police", "policeman", "officer", "soldier", "troop", "army", "force", "guard",
                                  "gendarme", "militia", "security", "riot"})
#: Protest gatherings whose participants are whoever acts 'at' or 'during' them.
GATHERING_NOUNS = frozenset({"rally", "demonstration", "protest", "march", "vigil", "sit-in"})
#: Generic heads that a nominal trigger compounds into ('mediation effort', 'peace process').
EVENT_HEADS = {"effort", "process", "attempt", "bid", "mission", "initiative", "plan", "campaign", "drive",
               "round", "session", "programme", "program"}


PLACE_ONLY = ("CAPITAL", "GPE", "LOC", "FAC", "DATE", "TIME")
OBJECT_TARGET_PREPS = ("on", "against", "with", "to", "upon", "toward", "towards")
#: Verbs whose subject is the actor of a nominal event they take as object ("held talks", "launched an attack").
LIGHT_VERBS = {"hold", "launch", "carry", "conduct", "stage", "begin", "start", "resume", "continue",
               "announce", "declare", "reach", "sign", "attend", "host", "organize", "organise", "mount",
               "make", "pay", "give", "take", "open", "order", "join", "lead", "intensify", "step",
               "escalate", "unleash", "commit", "perpetrate", "initiate", "undertake", "wage", "plan",
               "prepare", "have", "seal", "strike", "broker", "issue", "deliver", "send", "provide",
               "offer", "impose", "extend", "renew", "step up", "press", "pursue"}


#: Verbs whose subject does the act their 'with' names ('responded with air strikes', 'retaliated with
#: sanctions'); 'met with protests' is not one: it names what the subject received.
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "counter", "hit", "strike",
                            "fight", "follow"})


#: Verbs that judge their object for what it did ('accused X of shelling', 'praised X for mediating'):
#: their object is the doer of the act in the 'of / for / with' phrase.
JUDGING_VERBS = frozenset({"accuse", "blame", "suspect", "charge", "convict", "indict", "criticize", "criticise",
                           "condemn", "praise", "thank", "commend", "fault", "punish", "sanction", "arrest",
                           "detain", "jail", "sentence", "fine", "prosecute", "congratulate", "reward", "credit",
                           "denounce", "rebuke", "reprimand", "censure", "slam", "attack", "hail"})


#: Verbs with a bare infinitive whose subject is whom they act on ('let US troops use', 'helped rebels take').
CAUSATIVE = frozenset({"let", "help", "make", "have"})


#: Verbs by which the one asked answers a demand ('rejected the ultimatum', 'heeded the call').
ANSWERS = frozenset({"reject", "refuse", "decline", "accept", "ignore", "defy", "heed", "dismiss", "rebuff",
                     "spurn", "obey", "honour", "honor", "meet", "resist", "snub", "disregard"})


#: Relative pronouns that stand for the noun their clause hangs on.
RELATIVE_PRONOUNS = frozenset({"whom", "who", "which", "that"})


def subject_tokens(tok: Token) -> list[Token]:
    """Who acts: the subject, or the one inherited through xcomp, conj, relative clauses."""
    t = tok
    for _ in range(6):
        if is_passive(t):
            agents = prep_objects(t, ("by",)) or shared_agent(t)
            if agents:
                return with_conjuncts(agents[0])
            if t.i == tok.i:
                return []
        subj = children(t, *SUBJ) or [c for c in children(t, "npadvmod") if c.i < t.i and c.ent_type_ and
                                       t.dep_ in ("ROOT", "ccomp", "conj") and
                                       c.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY")]
        if not subj:
            # 'Barack Obama and Vladimir Putin met' with 'Barack' tagged a preposition: a name is no preposition
            subj = [o for c in children(t, "prep") if c.i < t.i and c.ent_type_ in NAME_LABELS
                    for o in kids(c) if o.dep_ == "pobj" and o.ent_type_ == c.ent_type_]
        if not subj and t.dep_ == "ROOT":
            subj = _appositive_subject(t)
        if not subj and (noun := intent_noun(t)) is not None:
            # 'Russia has no plans to attack NATO', 'Serbia's intention of attacking': whose aim it is
            owner = children(noun, "poss")
            if owner:
                return with_conjuncts(owner[0])
            if noun.dep_ == "dobj":
                return subject_tokens(noun.head)
        if not subj and misparsed_main_verb(t):
            return with_conjuncts(t.sent.root)  # 'Doctors from two aid groups donated ...'
        if subj:  # ('Turkey massed troops ...' with Turkey parsed as an adverbial noun)
            s = subj[0]
            if s.lower_ in RELATIVE_PRONOUNS and t.dep_ == "relcl":
                return wielder(t.head) or with_conjuncts(t.head)
            return wielder(s) or [*_headline_conjuncts(t, s), *with_conjuncts(s)]
        if has_to(t) and (granted := permitted_party(t)):
            return granted  # 'gave Ukraine permission to strike', 'declined to give permission to X to strike Y'
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in ASKING_NOUNS and has_to(t):
            # 'rejected an ultimatum to hand over the guard': who is asked acts, not who asks; the one who
            # answers the demand is the one it was made of
            answer = t.head.head if t.head.dep_ == "dobj" else None
            if answer is not None and answer.lemma_.lower() in ANSWERS:
                return subject_tokens(answer)
            return []
        if (verb := purpose_phrase_verb(t)) is not None:
            t = verb  # 'blocked roads in an effort to force the Commission ...': the blockers would force
            continue
        if t.dep_ == "relcl" or (t.dep_ == "acl" and (t.tag_ in ("VBD", "VBG") or children(t, "dobj") or
                                                    (t.lemma_.lower() in INTRANSITIVE_MOTION and not is_passive(t)))):
            # 'demonstrators protesting the results': a participle's actor is the noun it modifies
            # a relative clause's verb, or a finite verb the parser hung on its subject as a modifier
            # ('Moscow, which backs Damascus, called on ...' parsed with 'called' under 'Moscow')
            return with_conjuncts(t.head)
        if is_infinitive_complement(t):
            head = t.head
            controlled = head.lemma_.lower() in OBJECT_CONTROL  # 'was pressed by parliament to help Nepal'
            raised = children(head, "nsubjpass") if is_passive(head) and \
                (controlled or not prep_objects(head, ("by",))) else []
            if raised:
                return with_conjuncts(raised[0])  # 'X and Y are expected to resume talks'

            if head.lemma_.lower() in OBJECT_CONTROL:
                objs = children(head, "dobj") or prep_objects(head, ("on", "upon"))  # 'called on X to ...'
                if objs:
                    return with_conjuncts(objs[0])
            if head.lemma_.lower() == "be" and any(x.is_punct for x in t.doc[head.i + 1:t.i]):
                return []  # 'where the hostages were, to move on them': no 'be to' future, a misparse
            t = head
            continue
        if t.dep_ == "advcl" and t.tag_ in ("VBD", "VBZ", "VBP") and t.i > t.head.i and \
                not children(t, "mark"):
            # '... landed in Beirut, a day after a huge explosion ... killed 100 people': a finite clause the
            # parser left without its subject is not the main clause's act ('killing 100' would be)
            return []
        if t.dep_ in ("conj", "advcl") and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "pcomp" and t.head.dep_ == "prep":
            verb = t.head.head
            objs = children(verb, "dobj")
            if objs and charged_each_other(t):
                return subject_tokens(verb)  # 'A and B accused each other of shelling': each says the other did
            if objs and (t.head.lower_ in ("of", "for", "with") or
                         (t.head.lower_ == "from" and verb.lemma_.lower() in PREVENTING) or
                         (t.head.lower_ == "against" and verb.lemma_.lower() in WARNING_VERBS)):
                # 'accused Ukraine of shelling X': Ukraine shelled; 'barred the Red Cross from visiting': the
                # Red Cross would have visited; 'warned Washington against selling arms': Washington would sell
                return with_conjuncts(objs[0])
            if t.head.lower_ in ("of", "for", "with") and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj" \
                    and verb.head.lemma_.lower() in JUDGING_VERBS:
                return with_conjuncts(verb)  # the same with 'of' hung on the object ('accused Eritrean troops of')
            if t.head.lower_ in ("of", "for", "with") and is_passive(verb) and not prep_objects(verb, ("by",)):
                # 'a man suspected of killing two missionaries', 'the general was charged with ordering ...':
                # the one suspected or charged is the one said to have acted
                held = children(verb, "nsubjpass") or ([verb.head] if verb.dep_ == "acl" else [])
                if held:
                    return with_conjuncts(held[0])
            t = verb  # 'violated the truce by shelling X': the shelling shares the violator
            continue
        if t.dep_ == "acomp" or (t.dep_ == "acl" and t.head.pos_ in ("AUX", "VERB")):
            t = t.head
            continue
        break
    return []


def _headline_conjuncts(verb: Token, subj: Token) -> list[Token]:
    """'Pakistan, Afghanistan agree to reopen crossing', 'Japan, South Korea agree ...': a headline joins its
    subjects with a bare comma; the parser makes the other one an adverbial noun or a second subject."""
    if subj.ent_type_ not in NAME_LABELS:
        return []
    doc = subj.doc
    return [c for c in kids(verb) if c.dep_ in ("npadvmod", "nsubj") and c.i != subj.i and
            c.ent_type_ in NAME_LABELS and
            ((c.i + 2 == subj.left_edge.i and doc[c.i + 1].text == ",") or
             (subj.i + 2 == c.left_edge.i and doc[subj.i + 1].text == ","))]


def _appositive_subject(verb: Token) -> list[Token]:
    """'As the envoy met officials in Sanaa, Saudi-led jets bombed the port': a subjectless main verb whose
    subject the parser hung, after a comma, as an appositive on the clause before it."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is None or before.dep_ != "appos" or before.head.i >= before.i or before.pos_ not in ("NOUN", "PROPN"):
        return []
    first = before.left_edge
    return [before] if first.i > verb.sent.start and verb.doc[first.i - 1].is_punct else []


def target_tokens(tok: Token, p: Pattern) -> list[Token]:
    """Whom the event is done to: the object, dative, or a prepositional target the pattern allows; a
    relative pronoun stands for the noun its clause describes ('the envoy, whom Turkey expelled')."""
    return [_antecedent(t) for t in _target_tokens(tok, p)]


def _antecedent(t: Token) -> Token:
    """The noun a relative pronoun stands for ('whom' in 'the envoy, whom Turkey expelled'), else `t`."""
    if t.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "relcl" and t.head.head.pos_ in ("NOUN", "PROPN"):
        return t.head.head
    return t


def _target_tokens(tok: Token, p: Pattern) -> list[Token]:
    """`target_tokens` before relative pronouns are replaced by what they stand for."""
    passive = is_passive(tok)
    if passive and children(tok, "dobj") and children(tok, "nsubjpass"):
        # 'the athlete was granted asylum by Poland': with the thing given still the object, the passive
        # subject is the one it is given to
        return with_conjuncts(children(tok, "nsubjpass")[0])
    if p.prep and p.prep_objects and p.prep in p.target_prep:
        # 'handed X over to US authorities': the pattern's own prepositional object is whom it is aimed at
        objs = prep_objects(tok, (p.prep,))
        if objs:
            return with_conjuncts(objs[0])
    if p.prep in TARGET_PREPS and p.prep not in p.target_prep and not p.prep_objects:
        # 'fired rockets at X': the pattern's own preposition names X (unless it names the pattern's own
        # object: 'added five officials to its sanctions list')
        objs = prep_objects(tok, (p.prep,))
        if objs:
            return with_conjuncts(objs[0])
    if not p.objects:
        if passive:
            subj = children(tok, "nsubjpass") or (children(tok.head, "nsubjpass") if passive_conjunct(tok) else []) \
                or (children(tok, "nsubj") if headline_passive(tok) or reduced_relative(tok) else []) \
                or (children(tok.head, "nsubj") if tok.dep_ in ("conj", "advcl") and reduced_relative(tok.head)
                    else [])
            if subj:
                return with_conjuncts(subj[0])
            if tok.dep_ == "acl":
                # 'there were 12 Nigerian police wounded in Borno'; but in 'a deal forced on Qatar' the
                # pattern's preposition names whom it is done to, not the noun
                objs = prep_objects(tok, p.target_prep) if p.target_prep else []
                return with_conjuncts(objs[0] if objs else tok.head)
        else:
            # 'vowed to help the Iraqi government defeat X': the parser makes the helped the infinitive's subject
            objs = children(tok, "dobj", "dative") or \
                (complement_subjects(tok) if tok.lemma_.lower() in CAUSATIVE else []) or shared_object(tok)
            if objs:
                return with_conjuncts(objs[0])
    if p.objects:
        indirect = [c for c in children(tok, "dative") if c.pos_ != "ADP"]
        if indirect:
            return with_conjuncts(indirect[0])  # 'will give Malawi a grant'
    if p.target_prep:
        objs = prep_objects(tok, p.target_prep)
        if objs:
            return with_conjuncts(across_border(objs[0], tok))
    if p.prep and p.prep_objects and p.target_prep:
        # 'responded with artillery fire on Hezbollah positions': the phrase hangs on the pattern's own object
        inner = [i for o in prep_objects(tok, (p.prep,)) for i in prep_objects(o, p.target_prep)]
        if inner:
            return with_conjuncts(inner[0])
    obj = object_token(tok) if p.objects else None
    if obj is not None:
        # 'ease the embargo on Cuba', 'signed an agreement with the EU', 'sent warplanes and warships
        # towards Taiwan' (the phrase hangs on the last conjunct)
        inner = [i for o in with_conjuncts(obj) for i in prep_objects(o, p.target_prep or OBJECT_TARGET_PREPS)]
        if not inner and not p.target_prep:
            inner = prep_objects(tok, ("with",))  # 'cut ties with Qatar' with 'with' hung on the verb
        if not inner and obj.lemma_.lower() in MEASURE_NOUNS:
            # 'lifted the ban on opposition parties' with 'on' hung on the verb (dates are no objects)
            inner = prep_objects(tok, ("on", "against", "upon"))
            # 'lift sanctions imposed on Libya': the measure's participle names whom it weighs on
            inner = inner or [i for a in children(obj, "acl", "relcl")
                              for i in prep_objects(a, ("on", "against", "upon"))]
        if inner and obj.lemma_.lower() in MEASURE_NOUNS and not names_people(inner[0]):
            # 'lifted the tariffs on almonds from the United States': goods stand for where they come from
            inner = prep_objects(inner[0], ("from",)) or inner
        if inner:
            return with_conjuncts(inner[0])
    return []


#: Entity labels of the names that act; a token of one is never really a preposition.
NAME_LABELS = ("PERSON_ACTOR", "PERSON", "ORG_ACTOR", "ORG", "COUNTRY", "GPE")


#: Nouns that measure out a nominal event ('two days of talks', 'a wave of strikes', 'a series of raids').
SPANS = {"day", "week", "month", "hour", "round", "wave", "series", "spate", "string", "volley", "barrage",
         "salvo", "campaign", "year", "session"}

#: Measures that are imposed or lifted 'on' someone ('the ban on opposition parties').
MEASURE_NOUNS = {"ban", "sanction", "restriction", "embargo", "tariff", "curfew", "control", "limit", "blockade",
                 "boycott", "pressure", "moratorium", "freeze", "duty", "levy", "travel"}

PLAIN_TARGET_PREPS = ("to", "with", "against", "on", "at", "upon", "toward", "towards")


def plain_target_tokens(tok: Token) -> list[Token]:
    """Whom an uncoded act is done to ('pledged to continue aid to Chad' -> the act 'continue'): its object,
    dative, the object of a directional preposition, or the one it lets act."""
    objs = children(tok, "dobj", "dative") or prep_objects(tok, PLAIN_TARGET_PREPS)
    if not objs and tok.lemma_.lower() in CAUSATIVE:
        objs = complement_subjects(tok)  # 'let US troops use its bases': the one let acts in the complement
    return with_conjuncts(objs[0]) if objs else []


#: Verbs that only say that the nominal act they have as subject happened: their 'between' names its parties.
OCCURRENCE_VERBS = frozenset({"erupt", "break", "rage", "flare", "continue", "resume", "intensify", "escalate",
                              "occur", "persist", "spread"})

#: Nouns that 'on' frames as the subject's own act or state ('on a visit to Beirut', 'put its forces on
#: alert', 'went on the offensive').
ON_NOUNS = {"visit", "trip", "tour", "mission", "journey", "alert", "standby", "strike", "offensive", "patrol"}


def noun_roles(tok: Token, p: Pattern, lexicon_has_verb: bool = True) -> tuple[list[Token], list[Token]]:
    """Source and target tokens of a nominal event ('Russia's attack on X', 'talks between A and B').

    `lexicon_has_verb`: whether the verb governing an object noun is a trigger itself (then its subject
    is not the noun event's source: 'condemned the attack').
    """
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in EVENT_HEADS:
        tok = tok.head  # 'the peace talks process', 'a mediation effort by Qatar': roles sit on the head noun
    sources: list[Token] = []
    targets: list[Token] = []
    between = prep_objects(tok, ("between", "among"))
    if not between and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in OCCURRENCE_VERBS:
        between = prep_objects(tok.head, ("between", "among"))  # 'fighting erupted in Khartoum between A and B'
    if between:
        pair = with_conjuncts(between[0])
        if p.code.startswith("045") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
            mediator = subject_tokens(tok.head)  # 'Qatar launched a mediation effort between A and B'
            if mediator:
                return mediator, pair
        return pair[:1], pair[1:2]
    receiver = receiving_verb(tok)
    if receiver is not None:
        # 'drew criticism from the UN', 'came under attack by rebels', 'faced Russia's criticism': the
        # possessor or the 'from'/'by' phrase did it, to the verb's subject
        poss = children(tok, "poss")
        givers = poss or prep_objects(tok, ("from", "by")) or prep_objects(receiver, ("from", "by"))
        return (with_conjuncts(givers[0]) if givers else []), subject_tokens(receiver)
    poss = children(tok, "poss")
    if poss and poss[0].pos_ == "PRON" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        # 'Japanese destroyers and a Philippine frigate held their first joint exercise': the holders, all
        # of them, rather than the pronoun that stands for them
        sources = subject_tokens(tok.head)
    agent = prep_objects(tok, ("by",)) if poss and "by" in p.source_prep and not sources else []
    if agent and poss[0].pos_ != "PRON":
        # "Qatar's blockade by Saudi Arabia": with a 'by' agent the possessor is the one it was done to
        sources, targets = with_conjuncts(agent[0]), with_conjuncts(poss[0])
    if poss and not sources:
        sources = with_conjuncts(poss[0])
    for prep in p.source_prep if not sources else ():
        sources = prep_objects(tok, (prep,)) if prep != "of" else []  # in the pattern's order ('of' last: below)
        if sources:
            break
    if not sources and "by" in p.source_prep:
        # 'the expulsion of two diplomats by Norway': the parser hangs the 'by' phrase on the 'of' object
        sources = [a for o in prep_objects(tok, ("of",)) for a in prep_objects(o, ("by",))][:1]
    if not sources:
        # 'Israeli tank shelling', 'US-led air strikes': a named modifier anywhere left of the noun
        mods = [c for c in tok.lefts for c in c.subtree
                if c.dep_ in ("compound", "amod", "npadvmod") and c.ent_type_ not in ("", *PLACE_ONLY)
                and c.pos_ in ("PROPN", "ADJ", "NOUN")  # 'Moscow talks' happen in Moscow: a place, not a side
                and not (c.ent_type_ in ("ORG", "NORP", "LANGUAGE") and names_a_place(c))]  # 'the Dayton accord'
        if mods:
            sources = mods[:1]
    if not sources and not p.symmetric:
        # 'a rally staged by students', 'the protest organised by the opposition': the agent of its participle
        # (not for talks or deals: 'a truce brokered by Qatar', 'a deal forced on it by X' name no party)
        agents = participle_agents(tok)
        sources = with_conjuncts(agents[0]) if agents else []
    if not sources:
        claimer = responsibility_claimer(tok)
        sources = subject_tokens(claimer) if claimer is not None else []
    if not sources and tok.dep_ == "xcomp" and tok.head.pos_ == "VERB":
        sources = subject_tokens(tok.head)  # 'agreed to talks' parsed as an infinitive
    if not sources and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and \
            tok.head.head.pos_ == "VERB" and tok.lemma_.lower() in GATHERING_NOUNS:
        # 'women burned headscarves at rallies against the police'; not 'soldiers opened fire during a protest'
        doers = subject_tokens(tok.head.head)
        sources = [] if any(d.lemma_.lower() in SECURITY_FORCE_WORDS for d in doers) else doers
    if not sources and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and \
            tok.head.head.lemma_.lower() in PARTICIPATION_VERBS:
        sources = subject_tokens(tok.head.head)  # 'thousands converged for a rally', 'took part in talks'
        objs = children(tok.head.head, "dobj")
        if objs and not targets:
            targets = with_conjuncts(objs[0])  # 'engaged Kenyan troops in a gun battle'
    if not sources and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" and not is_passive(tok.head.head) and \
            (tok.head.lower_ in ("during", "as") or (tok.head.lower_ == "on" and tok.lemma_.lower() in ON_NOUNS)) \
            and tok.lemma_.lower() not in GATHERING_NOUNS:  # (a gathering's people: above)
        # 'held talks with X during a visit to Beirut', 'arrived on a visit to Cairo': the visitor (but
        # 'reported on the killings' names no killer)
        sources = subject_tokens(tok.head.head)
    anchor = tok
    while anchor.dep_ == "conj" and anchor.head.pos_ == "NOUN":
        anchor = anchor.head  # 'announced travel bans ..., as well as economic sanctions': both announced
    while anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in SPANS:
        anchor = anchor.head.head  # 'opened two days of talks', 'launched a wave of air strikes'
    if not sources and anchor.dep_ == "pobj" and anchor.head.lower_ == "with" and \
            anchor.head.head.lemma_.lower() in RESPONSE_VERBS and not is_passive(anchor.head.head):
        sources = subject_tokens(anchor.head.head)  # 'Israel responded with air strikes on Gaza'
    if not sources and anchor.dep_ == "dobj" and anchor is not tok:
        verb = anchor.head.lemma_.lower()
        if verb in LIGHT_VERBS:
            sources = subject_tokens(anchor.head)
    if not sources and tok.dep_ == "dobj":
        verb = tok.head.lemma_.lower()
        if verb in UNDERGOER_VERBS:
            targets = subject_tokens(tok.head)  # 'Iran faces new sanctions': Iran is the target
        elif verb in LIGHT_VERBS or (not lexicon_has_verb and verb not in OBSERVER_VERBS):
            sources = subject_tokens(tok.head)  # 'held talks', 'reimposed sanctions'
        if targets:
            return sources, targets
    if not sources and p.symmetric and prep_objects(tok, ("with",)) and tok.dep_ == "pobj" and \
            tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        sources = subject_tokens(tok.head.head)  # 'retook the village after heavy clashes with rebels'
    if not sources and "of" in p.source_prep:
        # 'the withdrawal of US forces from Syria', 'welcomed the withdrawal of Turkish troops': the forces
        # withdraw (a light verb's subject came first: 'Britain began the withdrawal of its remaining troops')
        sources = prep_objects(tok, ("of",))
    if p.target_prep:
        targets = prep_objects(tok, p.target_prep) or targets
        if not targets and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
            targets = prep_objects(tok.head, p.target_prep)  # 'carried out joint patrols ... with X'
        if not targets:
            for o in prep_objects(tok, ("of",)):  # 'a suspension of rail links with Belarus'
                targets = targets or prep_objects(o, p.target_prep)
    if not targets and tok.lemma_.lower() in ASKING_NOUNS | ALLEGING_NOUNS:
        targets = asked_party(tok)  # 'the demand that Ukraine withdraw', 'a plea for Russian peacekeepers to ...'
    if targets and tok.lemma_.lower() in MEASURE_NOUNS and not names_people(targets[0]):
        # 'a ban on imports of Japanese seafood', 'tariffs on almonds from Chile': the goods' origin
        targets = prep_objects(targets[0], ("from", "of"))[:1] or targets
    return sources, targets
