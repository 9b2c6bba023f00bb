// Package extensions is a stand-in for grol's extensions package.
package extensions

import (
	"grol.io/grol/eval"
	"grol.io/grol/object"
)

type Config struct {
	HasLoad           bool
	HasSave           bool
	UnrestrictedIOs   bool
	LoadSaveEmptyOnly bool
}

func Init(*Config) error { return eval.ErrNoScripting }

func MustCreate(object.Extension) {}
