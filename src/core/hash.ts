import * as crypto from 'node:crypto'

/**
 * SHA-256 of a text's UTF-8 bytes, in hex. Node's one-shot crypto.hash (Node
 * 20.12 and later) makes no Hash object: it is the cheaper call per SARIF
 * finding, and its first call in a process costs about half of
 * createHash's (generate hashes its few files once). Older Nodes take the
 * streaming form; both give the same digest.
 */
export const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex')
