/** Throw-away certificates for the control plane and the Fortio mTLS pair, made with the openssl CLI. */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

function openssl(args: string[], cwd: string) {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
}

export interface Pki {
  dir: string
  caCert: string
  caKey: string
}

export function makeCa(dir: string, name: string): Pki {
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}-ca.key`], dir)
  openssl(
    [
      'req',
      '-x509',
      '-new',
      '-key',
      `${name}-ca.key`,
      '-out',
      `${name}-ca.crt`,
      '-days',
      '2',
      '-subj',
      `/CN=${name}-ca`,
    ],
    dir,
  )
  return { dir, caCert: join(dir, `${name}-ca.crt`), caKey: join(dir, `${name}-ca.key`) }
}

/** A leaf certificate signed by the CA: `usage` server (with SANs) or client (with the subject's groups in O). */
export function makeLeaf(
  pki: Pki,
  name: string,
  subject: string,
  usage: 'server' | 'client',
  sans: string[] = [],
): { cert: string; key: string } {
  const ext = join(pki.dir, `${name}.ext`)
  writeFileSync(
    ext,
    [
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      `extendedKeyUsage=${usage === 'server' ? 'serverAuth' : 'clientAuth'}`,
      ...(sans.length ? [`subjectAltName=${sans.join(',')}`] : []),
    ].join('\n') + '\n',
  )
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`], pki.dir)
  openssl(['req', '-new', '-key', `${name}.key`, '-out', `${name}.csr`, '-subj', subject], pki.dir)
  openssl(
    [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      pki.caCert,
      '-CAkey',
      pki.caKey,
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '2',
      '-extfile',
      ext,
    ],
    pki.dir,
  )
  return { cert: join(pki.dir, `${name}.crt`), key: join(pki.dir, `${name}.key`) }
}

/** An RSA key pair for signing service-account tokens. */
export function makeServiceAccountKey(dir: string): { key: string; pub: string } {
  openssl(['genrsa', '-out', 'sa.key', '2048'], dir)
  openssl(['rsa', '-in', 'sa.key', '-pubout', '-out', 'sa.pub'], dir)
  return { key: join(dir, 'sa.key'), pub: join(dir, 'sa.pub') }
}

/** A kubeconfig for `server` with the CA and one client certificate inline (context and cluster: harness). */
export function writeKubeconfig(
  path: string,
  server: string,
  caCert: string,
  user: { name: string; cert: string; key: string },
): void {
  const b64 = (f: string) => readFileSync(f).toString('base64')
  writeFileSync(
    path,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'harness', cluster: { server, 'certificate-authority-data': b64(caCert) } }],
      users: [
        {
          name: user.name,
          user: { 'client-certificate-data': b64(user.cert), 'client-key-data': b64(user.key) },
        },
      ],
      contexts: [{ name: 'harness', context: { cluster: 'harness', user: user.name } }],
      'current-context': 'harness',
    }),
  )
}
