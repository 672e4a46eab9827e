// writeChunks gathers many small pieces in one buffer: the bytes on disk are
// the UTF-8 of the pieces joined, whatever their sizes and characters.
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { writeChunks } from '../../src/report/files.js'
import { tempDir } from '../support/temp-dirs.js'

function written(chunks: string[]): Buffer {
  const dir = tempDir('rtc-chunks-')
  try {
    const file = path.join(dir, 'out.txt')
    const fd = openSync(file, 'w')
    try {
      writeChunks(fd, chunks)
    } finally {
      closeSync(fd)
    }
    return readFileSync(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

test('small pieces of every width (ASCII, 2-, 3- and 4-byte UTF-8, a lone surrogate) across many buffer fills', () => {
  const pieces = ['a', 'é', '€', '😀', '\ud800', 'x'.repeat(1000), '']
  const chunks = Array.from({ length: 20_000 }, (_, i) => `${pieces[i % pieces.length]}${i}`)
  expect(written(chunks).equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true)
})

test('pieces larger than the buffer, and near its size, between small ones', () => {
  const chunks = ['start', '€'.repeat(700_000), 'middle', 'y'.repeat(3_000_000), 'é'.repeat(100_000), 'z'.repeat(349_525), 'w'.repeat(349_526), 'end']
  expect(written(chunks).equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true)
})

test('no pieces: an empty file', () => {
  expect(written([]).length).toBe(0)
})
