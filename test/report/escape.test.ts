import { describe, expect, it } from '@jest/globals'
import { clip, escapeMarkdown } from '../../src/report/escape.js'

describe('escapeMarkdown', () => {
  it('escapes table pipes and HTML, and breaks mentions', () => {
    expect(escapeMarkdown('a|b<script>@team')).toBe('a&#124;b&lt;script&gt;@&#8203;team')
  })

  it('escapes markdown markup and entities', () => {
    expect(escapeMarkdown('`x` [l](u) *b* _i_ ~s~ \\ $m$ &amp;')).toBe(
      '&#96;x&#96; &#91;l&#93;(u) &#42;b&#42; &#95;i&#95; &#126;s&#126; &#92; &#36;m&#36; &amp;amp;',
    )
  })

  it('keeps the text on one line and drops control characters', () => {
    expect(escapeMarkdown('a\nb\r\nc\u202Ed\u0000e')).toBe('a b cde')
  })

  it('breaks issue references and autolinks but keeps other # signs inert', () => {
    expect(escapeMarkdown('fixes #12')).toBe('fixes #&#8203;12')
    expect(escapeMarkdown('# heading')).toBe('&#35; heading')
    expect(escapeMarkdown('https://evil.example')).toBe('https:&#8203;//evil.example')
  })

  it('leaves plain names alone', () => {
    expect(escapeMarkdown('echo-1k')).toBe('echo-1k')
  })
})

describe('clip', () => {
  it('shortens long text without splitting a surrogate pair', () => {
    expect(clip('abcdef', 4)).toBe('abc…')
    expect(clip('abc', 4)).toBe('abc')
    expect(clip('ab😀cd', 4)).toBe('ab…')
  })
})
