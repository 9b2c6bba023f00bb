import { describe, expect, it } from '@jest/globals'
import { annotationsFor, MAX_ANNOTATIONS } from '../../src/github/annotations.js'
import type { Finding } from '../../src/mtls/model.js'

const finding = (over: Partial<Finding> = {}): Finding => ({
  severity: 'error',
  code: 'mtls-below-required',
  message: 'payments/api accepts PERMISSIVE, below the required STRICT',
  resource: { kind: 'PeerAuthentication', namespace: 'payments', name: 'default' },
  file: 'mesh/payments/peer-authentication.yaml',
  line: 9,
  ...over,
})

describe('mTLS findings as check-run annotations', () => {
  it('puts each finding on its file and line, with a level by severity', () => {
    const a = annotationsFor([
      finding(),
      finding({ severity: 'warning', file: './mesh/x.yaml', line: 3 }),
      finding({
        severity: 'note',
        file: 'mesh\\win.yaml',
        line: 1,
        resource: { kind: 'Mesh', namespace: null, name: 'm' },
      }),
    ])
    expect(a).toEqual([
      {
        path: 'mesh/payments/peer-authentication.yaml',
        start_line: 9,
        end_line: 9,
        annotation_level: 'failure',
        title: 'mtls-below-required: PeerAuthentication payments/default',
        message: 'payments/api accepts PERMISSIVE, below the required STRICT',
      },
      expect.objectContaining({ path: 'mesh/x.yaml', annotation_level: 'warning', start_line: 3 }),
      expect.objectContaining({
        path: 'mesh/win.yaml',
        annotation_level: 'notice',
        title: 'mtls-below-required: Mesh m',
      }),
    ])
  })

  it('leaves out findings GitHub cannot place: no file, no line, or a path outside the repository', () => {
    expect(
      annotationsFor([
        finding({ file: null }),
        finding({ line: null }),
        finding({ file: '/etc/passwd' }),
        finding({ file: 'mesh/../../outside.yaml' }),
      ]),
    ).toEqual([])
  })

  it('stops at the cap', () => {
    const many = Array.from({ length: MAX_ANNOTATIONS + 20 }, (_, i) => finding({ line: i + 1 }))
    expect(annotationsFor(many)).toHaveLength(MAX_ANNOTATIONS)
  })
})
