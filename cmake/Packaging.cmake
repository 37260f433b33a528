# CPack settings for the Debian package (`cpack -G DEB` in the build folder); see docs/install.md.
set(CPACK_PACKAGE_NAME prepkit)
set(CPACK_PACKAGE_VENDOR "prepkit developers")
set(CPACK_PACKAGE_CONTACT "prepkit maintainers <maintainers@users.noreply.r-seed-731291db.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "draft and check answers to interview questions")
set(CPACK_PACKAGE_DESCRIPTION "prepkit reads a bank of interview questions (YAML), writes fill-in Markdown
drafts from templates, and checks the drafts for missing sections, placeholders,
length and the content each question calls for. The built-in bank covers
Healthcare IT interviews.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# dpkg-shlibdeps derives Depends from the libraries the binary links (libc6, libstdc++6,
# libyaml-cpp0.7, libfmt9, libcmark-gfm*, libre2-9, ...), with the versions Debian records.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion, pre-commit")

include(CPack)
