// Package object is a stand-in for grol's object package: only what fortio.org/fortio/grol compiles against.
package object

import (
	"errors"
	"io"
)

type Type int

const (
	STRING Type = iota + 1
	MAP
)

type Object interface{ Inspect() string }

type String struct{ Value string }

func (s String) Inspect() string { return s.Value }

type Integer struct{ Value int64 }

func (Integer) Inspect() string { return "integer" }

type Boolean struct{ Value bool }

func (Boolean) Inspect() string { return "boolean" }

var TRUE = Boolean{Value: true}

type Map struct{}

func (Map) Inspect() string { return "map" }

func (Map) JSON(io.Writer) error { return errors.New("grol scripting is not in this build") }

func (Map) Get(Object) (Object, bool) { return nil, false }

func MakeQuad(_, _, _, _ Object) Object { return Map{} }

type Extension struct {
	Name      string
	MinArgs   int
	MaxArgs   int
	Help      string
	ArgTypes  []Type
	Callback  func(env any, name string, args []Object) Object
	DontCache bool
}
