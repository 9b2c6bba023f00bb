// Command fortio is the pinned Fortio release, built through this wrapper module (see go.mod).
package main

import (
	"os"

	"fortio.org/fortio/cli"
)

func main() {
	os.Exit(cli.FortioMain(nil))
}
