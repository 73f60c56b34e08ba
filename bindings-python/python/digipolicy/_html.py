"""The notebook card of a decision: HTML rendered from the contract's JSON in the reader's
language, with the labels and number formats of the core (the CLI's report prints the same),
styled by ``card.css`` beside this file."""

from __future__ import annotations

import html
import json
from functools import lru_cache
from importlib import resources
from typing import Any, Dict, Mapping

from . import _native

_CSS = resources.files(__package__).joinpath("card.css").read_text(encoding="utf-8").strip()


@lru_cache(maxsize=1)
def _labels() -> Dict[str, Dict[str, Dict[str, str]]]:
    """The core's names of routes, stages, statuses, severities and outcomes."""
    value: Dict[str, Dict[str, Dict[str, str]]] = json.loads(_native.labels_json())
    return value


def _label(kind: str, id_: str, lang: str) -> str:
    return _labels().get(kind, {}).get(id_, {}).get(lang, id_)


def _kronor(amount: int, lang: str) -> str:
    sv, en = _native.format_kronor(max(0, amount))
    return en if lang == "en" else sv


def _score(x: float, lang: str) -> str:
    sv, en = _native.format_score(x)
    return en if lang == "en" else sv


def decision_card(d: Mapping[str, Any], lang: str) -> str:
    """A decision (the contract's JSON object) as an HTML card in ``lang``: route, selection,
    ranking, findings, the review per principle and the evidence still missing."""

    def t(sv: str, en: str) -> str:
        return en if lang == "en" else sv

    e = html.escape
    names = {c["id"]: c.get("name", c["id"]) for c in d["candidates"]}
    rows = []
    for c in sorted(d["candidates"], key=lambda c: (c["rank"] is None, c["rank"] or 0, c["id"])):
        s = c["scores"]
        stage = _label("stage", c["stage"], lang) + (" +" if c["co_development"] else "")
        rows.append(
            f"<tr><td>{c['rank'] or '–'}</td><td>{e(names[c['id']])}</td><td>{e(stage)}</td>"
            f"<td>{t('ja', 'yes') if c['meets_need'] else t('nej', 'no')}</td>"
            f"<td class='dp-num'>{e(_kronor(c['tco_sek'], lang))}</td>"
            f"<td class='dp-num'>{e(_score(s['total'], lang)) if s else '–'}</td>"
            f"<td>{e(', '.join(c['missing']))}</td></tr>"
        )
    findings = "".join(
        f"<li><strong class='dp-{e(f['severity'])}'>{e(_label('severity', f['severity'], lang))}</strong> "
        f"<code>{e(f['clause'])}</code> {e(f['message'][lang])}</li>"
        for f in d["findings"]
    )
    review = "".join(
        f"<tr><td><code>{e(r['clause'])}</code></td><td>{e(_label('outcome', r['outcome'], lang))}</td>"
        f"<td>{e(r['message'][lang])}</td></tr>"
        for r in d["review"]["results"]
    )
    missing = sorted(set(d["missing_evidence"]) | set(d["review"]["missing_evidence"]))
    head = (
        f"<th>{t('plats', 'rank')}</th><th>{t('alternativ', 'candidate')}</th><th>{t('steg', 'stage')}</th>"
        f"<th>{t('möter behovet', 'meets need')}</th><th>{t('total kostnad', 'TCO')}</th>"
        f"<th>{t('totalt', 'total')}</th><th>{t('saknar', 'missing')}</th>"
    )
    route = _label("route", d["route"], lang) if d["route"] else "–"
    selected = names.get(d["selected"], d["selected"]) if d["selected"] else "–"
    return (
        f"<style>{_CSS}</style><div class='digipolicy-decision' lang='{e(lang)}'>"
        f"<div><strong>{t('Ärende', 'Case')} {e(d['case_id'])}</strong> · {e(d['policy']['id'])} "
        f"{e(d['policy']['version'])}</div>"
        f"<div>{t('Väg', 'Route')}: <strong>{e(route)}</strong> · {t('Valt', 'Selected')}: "
        f"<strong>{e(selected)}</strong> · {e(_label('status', d['status'], lang))}</div>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<div>{t('Iakttagelser', 'Findings')}</div><ul>{findings}</ul>"
        f"<details><summary>{t('Principerna', 'The principles')}</summary><table>{review}</table></details>"
        + (
            f"<div>{t('Underlag som saknas', 'Evidence still missing')}</div><ul>"
            + "".join(f"<li><code>{e(m)}</code></li>" for m in missing)
            + "</ul>"
            if missing
            else ""
        )
        + "</div>"
    )
