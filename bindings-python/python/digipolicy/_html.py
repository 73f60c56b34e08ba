"""The notebook card of a decision: HTML rendered from the contract's JSON, styled by
``card.css`` beside this file."""

from __future__ import annotations

import html
from importlib import resources
from typing import Any, Mapping

_CSS = resources.files(__package__).joinpath("card.css").read_text(encoding="utf-8").strip()


def decision_card(d: Mapping[str, Any], lang: str) -> str:
    """A decision (the contract's JSON object) as an HTML card in ``lang``."""

    def t(sv: str, en: str) -> str:
        return en if lang == "en" else sv

    e = html.escape
    rows = []
    for c in sorted(d["candidates"], key=lambda c: (c["rank"] is None, c["rank"] or 0, c["id"])):
        s = c["scores"]
        total = f"{s['total']:.4f}" if s else "–"
        rows.append(
            f"<tr><td>{c['rank'] or '–'}</td><td>{e(c['id'])}</td><td>{e(c['stage'])}"
            f"{' +' if c['co_development'] else ''}</td><td>{t('ja', 'yes') if c['meets_need'] else t('nej', 'no')}</td>"
            f"<td class='dp-num'>{c['tco_sek']:,}</td><td>{total}</td>"
            f"<td>{e(', '.join(c['missing']))}</td></tr>"
        )
    findings = "".join(
        f"<li><strong class='dp-{e(f['severity'])}'>{e(f['severity'])}</strong> "
        f"<code>{e(f['clause'])}</code> {e(f['message'][lang])}</li>"
        for f in d["findings"]
    )
    status = {
        "ready": t("klart för beslut", "ready for decision"),
        "blocked": t("blockerat: vägen är preliminär", "blocked: the route is provisional"),
        "out_of_scope": t("utanför policyn (§2): inget beslut enligt den", "out of scope (§2): not decided under the policy"),
    }.get(d["status"], e(d["status"]))
    head = (
        f"<th>{t('plats', 'rank')}</th><th>{t('alternativ', 'candidate')}</th><th>{t('steg', 'stage')}</th>"
        f"<th>{t('möter behovet', 'meets need')}</th><th>TCO (SEK)</th><th>{t('totalt', 'total')}</th>"
        f"<th>{t('saknar', 'missing')}</th>"
    )
    return (
        f"<style>{_CSS}</style><div class='digipolicy-decision'>"
        f"<div><strong>{t('Ärende', 'Case')} {e(d['case_id'])}</strong> · {e(d['policy']['id'])} "
        f"{e(d['policy']['version'])}</div>"
        f"<div>{t('Väg', 'Route')}: <strong>{e(d['route'] or '–')}</strong> · {t('Valt', 'Selected')}: "
        f"<strong>{e(d['selected'] or '–')}</strong> · {status}</div>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<div>{t('Iakttagelser', 'Findings')}</div><ul>{findings}</ul></div>"
    )
