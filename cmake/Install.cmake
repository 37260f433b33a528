# Install rules: where each file of prepkit goes under the prefix (FHS layout, as Debian expects).
install(TARGETS prepkit RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY questions templates DESTINATION ${CMAKE_INSTALL_DATADIR}/prepkit)

# The man page carries the version from project(), like `prepkit --version`.
configure_file(${PROJECT_SOURCE_DIR}/man/prepkit.1.in ${PROJECT_BINARY_DIR}/man/prepkit.1 @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/man/prepkit.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES completions/prepkit.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME prepkit)
install(FILES completions/_prepkit DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES completions/prepkit.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
# Debian's vim has share/vim/vimfiles on its runtimepath, so `:compiler prepkit` just works.
install(FILES editors/vim/compiler/prepkit.vim DESTINATION ${CMAKE_INSTALL_DATADIR}/vim/vimfiles/compiler)
