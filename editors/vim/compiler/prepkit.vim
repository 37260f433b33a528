" Vim compiler plugin for prepkit: `:compiler prepkit`, then `:make %` or `:make drafts`.
if exists("current_compiler")
  finish
endif
let current_compiler = "prepkit"

if exists(":CompilerSet") != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

" `prepkit check --format line` prints PATH:LINE:COL: SEVERITY: MESSAGE [RULE].
CompilerSet makeprg=prepkit\ check\ --format\ line
" error -> type E, warning -> type W, suggestion -> type I (info). Columns count characters,
" which is Vim's virtual column (%v) wherever a line has no tab or double-width character.
CompilerSet errorformat=%f:%l:%v:\ %trror:\ %m,
                       \%f:%l:%v:\ %tarning:\ %m,
                       \%I%f:%l:%v:\ suggestion:\ %m,
                       \%-G%.%#

let &cpo = s:cpo_save
unlet s:cpo_save
