#!/usr/bin/env zsh
# Test helper: prints the completions zsh offers for a command line (zsh_complete.zsh FPATH_DIR LINE).
# Runs an interactive zsh in a pseudo-terminal (zsh/zpty), presses TAB there, and prints what
# the completion functions hand to compadd (each match on its own line).
emulate -L zsh
zmodload zsh/zpty || { print -u2 'zsh/zpty is missing'; exit 2 }
zpty z zsh -f -i
zpty -w z "stty -echo; PROMPT= fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z $'bindkey \'^I\' complete-word; zstyle \':completion:*\' insert-tab false'
# Byte 1 marks the start and end of a completion; byte 2 starts each match.
zpty -w z $'_mark() { print -n -- $\'\\1\\n\' }; compprefuncs=(_mark); comppostfuncs=(_mark)'
zpty -w z $'compadd() { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd "$@"; return; fi; local -a hits; builtin compadd -A hits "$@"; (( $#hits )) || return 1; print -rl -- $\'\\2\'${^hits[@]}; }'
zpty -w z "${2}"$'\t'
local line marks=0
while zpty -r z line; do
  line=${line%$'\n'}
  line=${line%$'\r'}
  if [[ $line == *$'\1'* ]]; then
    (( ++marks == 2 )) && break
  elif (( marks == 1 )) && [[ $line == *$'\2'* ]]; then
    print -r -- ${line#*$'\2'}
  fi
done
zpty -d z
