// Package eval is a stand-in for grol's evaluator: scripts are refused.
package eval

import (
	"context"
	"errors"

	"grol.io/grol/object"
)

var ErrNoScripting = errors.New("fortio script mode is not in this build (grol.io/grol is not available)")

type Terminal struct{}

func (*Terminal) Suspend() {}

func (*Terminal) Resume(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithCancel(ctx)
}

type State struct {
	Term    *Terminal
	Context context.Context
	Cancel  context.CancelFunc
}

func NewState() *State { return &State{} }

func (*State) Error(err error) object.Object { return object.String{Value: err.Error()} }

func (*State) Errorf(format string, _ ...any) object.Object { return object.String{Value: format} }

func EvalString(*State, string, bool) (object.Object, error) { return nil, ErrNoScripting }
