"""Reads prepkit's own --help output: its commands, and each command's options and their choices.

The man page and completion tests compare against this, so a command or option added to the
program without a man page entry or a completion fails a test that names it.
"""
import re
import subprocess
from dataclasses import dataclass, field


@dataclass
class Option:
    names: list                                  # e.g. ["-o", "--output"]
    choices: list = field(default_factory=list)  # e.g. ["text", "json"] from TEXT:{text,json}


def help_text(prepkit, *args):
    result = subprocess.run([prepkit, *args, "--help"], capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise SystemExit(f"'{prepkit} {' '.join(args)} --help' exited {result.returncode}:\n{result.stderr}")
    return result.stdout


def blocks(text):
    """The help's blocks ("Options", "Subcommands", ...), each a list of its entry lines."""
    out, current = {}, None
    for line in text.splitlines():
        heading = re.match(r"^(\w+):$", line)
        if heading:
            current = out.setdefault(heading.group(1), [])
        elif current is not None and line.startswith("  ") and not line.startswith("   "):
            current.append(line.strip())
        elif not line.strip():
            current = None
    return out


def options(prepkit, *command):
    """The options of prepkit (no command) or of one command, as shown by --help."""
    found = []
    for entry in blocks(help_text(prepkit, *command)).get("Options", []):
        names = [n for n in entry.split()[0].split(",") if n.startswith("-")]
        choices = re.match(r"^\S+\s+\S*:\{([^}]*)\}", entry)  # --format TEXT:{text,json}
        found.append(Option(names, choices.group(1).split(",") if choices else []))
    return found


def commands(prepkit):
    """The subcommands listed by `prepkit --help`, in order."""
    return [entry.split()[0] for entry in blocks(help_text(prepkit)).get("Subcommands", [])]
