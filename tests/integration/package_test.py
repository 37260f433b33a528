#!/usr/bin/env python3
"""Builds the Debian package with `cpack -G DEB` into a temporary folder and inspects it with
dpkg-deb: its control fields, its runtime dependencies (the Debian packages of the shared
libraries prepkit links), its files, and that the packaged binary runs."""
import argparse
import os
import re
import subprocess
import sys
import tempfile

from install_test import FILES
from harness import require_tool, finish

DEPENDS = {"libc6", "libgcc-s1", "libstdc++6", "libyaml-cpp0.7", "libfmt9", "libre2-9",
           "libcmark-gfm0.29.0.gfm.6", "libcmark-gfm-extensions0.29.0.gfm.6"}
SANITIZER_DEPENDS = {"libasan8", "libubsan1"}


def output(argv, **kwargs):
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120, **kwargs)
    if result.returncode != 0:
        sys.exit(f"FAIL: '{' '.join(argv)}' exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cpack", required=True)
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--sanitize", default="OFF", help="ON when the binary links the sanitizer runtimes")
    args = parser.parse_args()
    require_tool("dpkg-deb", "dpkg")
    require_tool("dpkg-shlibdeps", "dpkg-dev")
    arch = output(["dpkg", "--print-architecture"]).strip()
    failures = []
    with tempfile.TemporaryDirectory(prefix="prepkit-deb-") as work:
        output([args.cpack, "-G", "DEB", "--config", os.path.join(args.build_dir, "CPackConfig.cmake"), "-B", work])
        deb = os.path.join(work, f"prepkit_{args.version}_{arch}.deb")
        if not os.path.exists(deb):
            sys.exit(f"FAIL: cpack made no {os.path.basename(deb)}; the folder holds {os.listdir(work)}")
        fields = {name: output(["dpkg-deb", "--field", deb, name]).strip()
                  for name in ("Package", "Version", "Architecture", "Section", "Maintainer", "Depends")}
        for name, want in (("Package", "prepkit"), ("Version", args.version), ("Architecture", arch),
                           ("Section", "utils")):
            if fields[name] != want:
                failures.append(f"field {name} should be {want!r}, got {fields[name]!r}")
        if not fields["Maintainer"]:
            failures.append("field Maintainer is empty")
        depends = {re.sub(r"\s*\(.*\)", "", d).strip() for d in fields["Depends"].split(",")}
        want = DEPENDS | (SANITIZER_DEPENDS if args.sanitize == "ON" else set())
        if depends != want:
            failures.append(f"Depends should name {sorted(want)}, got {fields['Depends']!r}")
        info = output(["dpkg-deb", "--info", deb])
        if "draft and check answers to interview questions" not in info:
            failures.append(f"dpkg-deb --info lacks the description:\n{info}")
        contents = {line.split()[-1].lstrip(".") for line in output(["dpkg-deb", "--contents", deb]).splitlines()}
        for path in FILES + ["usr/share/prepkit/questions/difficult-customer.yaml",
                             "usr/share/prepkit/templates/base.mustache"]:
            if "/" + path not in contents:
                failures.append(f"the package lacks /{path}")
        root = os.path.join(work, "root")
        output(["dpkg-deb", "-x", deb, root])
        version = output([os.path.join(root, "usr", "bin", "prepkit"), "--version"], cwd=work)
        if version != f"prepkit {args.version}\n":
            failures.append(f"the packaged prepkit --version printed {version!r}")
    finish(failures, "cpack -G DEB",
           f"prepkit_{args.version}_{arch}.deb has its fields, dependencies and files")


if __name__ == "__main__":
    main()
