"""The store summary shown by `sayso summary` and `make demo`."""

from __future__ import annotations

ROOT_NAMES = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate", "04": "consult",
    "05": "diplomatic cooperation", "06": "material cooperation", "07": "provide aid", "08": "yield",
    "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten",
    "14": "protest", "15": "exhibit force posture", "16": "reduce relations", "17": "coerce",
    "18": "assault", "19": "fight", "20": "mass violence",
}


def _actor(a: dict | None) -> str:
    """An actor dict in a few characters."""
    if not a:
        return "-"
    return a.get("code") or f"«{a.get('text')}»"


def render_summary(store, examples: int = 5) -> str:
    """Articles, events by CAMEO root, top actor pairs and a few example events with who says so."""
    counts = store.counts()
    s = store.summary()
    lines = [f"{counts['articles']} articles, {counts['events']} events, {counts['quotes']} quotes "
             f"({counts['runs']} runs)", "", "Events by CAMEO root:"]
    for root, n in s["by_root"]:
        lines.append(f"  {root} {ROOT_NAMES.get(root, ''):30} {n:6d}")
    lines += ["", "Top source -> target pairs (countries):"]
    for src, tgt, n in s["top_pairs"]:
        lines.append(f"  {src or '-':>4} -> {tgt or '-':<4} {n:6d}")
    lines += ["", "Example events (attributed ones first):"]
    recs = list(store.event_records())
    recs.sort(key=lambda r: (not r["attribution"], r["article_id"], r["sentence_index"]))
    for r in recs[:examples]:
        who = " > ".join(_actor(a["speaker"]) + " «" + ((a.get("cue") or {}).get("text") or "quote") + "»"
                         for a in r["attribution"]) or "the reporter"
        lines.append(f"  {r['article_id']} #{r['sentence_index']}: {_actor(r['source'])} "
                     f"-[{r['cameo_code']} {r['plover_type'] or 'STATEMENT'}]-> {_actor(r['target'])}  "
                     f"({r['factuality']}; says: {who})")
        lines.append(f"      «{r['sentence_text'][:150]}»")
    return "\n".join(lines)
