// Package repl is a stand-in for grol's REPL: script mode reports that it is not available.
package repl

import (
	"io"

	"grol.io/grol/eval"
)

type Options struct {
	ShowEval    bool
	PreInput    func(*eval.State)
	HistoryFile string
	MaxHistory  int
}

func Interactive(Options) int { return 1 }

func EvalAll(*eval.State, io.Reader, io.Writer, Options) []error { return []error{eval.ErrNoScripting} }
