"""axe-core accessibility checks (WCAG 2.1 A and AA) for a Playwright page.

axe-core comes from npm (`npm ci` at the repository root installs node_modules/axe-core); it is
injected into the page under test as a script tag, so no network access is needed.
"""

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
AXE_SCRIPT = Path(
    os.environ.get("VNPORTAL_AXE_SCRIPT", REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js")
)
WCAG21_AA_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
BLOCKING_IMPACTS = ("serious", "critical")


def inject_axe(page) -> None:
    if not AXE_SCRIPT.is_file():
        raise AssertionError(
            f"axe-core not found at {AXE_SCRIPT}: run `npm ci` at the repository root "
            "(or set VNPORTAL_AXE_SCRIPT)"
        )
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_SCRIPT))


def run_axe(page, *, tags=WCAG21_AA_TAGS, exclude=()) -> list[dict]:
    """Run axe on the whole document; return its violations (each with `id`, `impact`, `nodes`)."""
    inject_axe(page)
    context = {"include": [["html"]], "exclude": [[selector] for selector in exclude]}
    options = {"runOnly": {"type": "tag", "values": list(tags)}, "resultTypes": ["violations"]}
    results = page.evaluate(
        "([context, options]) => window.axe.run(context, options)", [context, options]
    )
    return results["violations"]


def format_violations(violations: list[dict], *, max_nodes: int = 3) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"[{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})"
        )
        for node in violation["nodes"][:max_nodes]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['html'][:160]}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"      {summary[:240]}")
        if len(violation["nodes"]) > max_nodes:
            lines.append(f"    ... and {len(violation['nodes']) - max_nodes} more")
    return "\n".join(lines)


def blocking_violations(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v.get("impact") in BLOCKING_IMPACTS]


def assert_no_serious_violations(page, **kwargs) -> list[dict]:
    """Fail when axe finds a serious or critical WCAG 2.1 A/AA violation; return all violations."""
    violations = run_axe(page, **kwargs)
    blocking = blocking_violations(violations)
    assert not blocking, (
        f"{len(blocking)} serious/critical accessibility violation(s) on {page.url}:\n"
        + format_violations(blocking)
    )
    return violations
