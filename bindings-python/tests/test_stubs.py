"""The type stubs match the runtime, and the typed API type-checks."""

import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def test_stubtest_native_module():
    out = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "digipolicy._native"], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_package_type_checks_strictly():
    pkg = HERE.parent / "python" / "digipolicy"
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(pkg), str(HERE / "typed_usage.py")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
