package extract

// Version is the version of the library, as its module would be tagged:
// the latest entry of CHANGELOG.md. The command's -version prints it with
// what the Go toolchain recorded of the build.
const Version = "v0.9.0"
