#!/usr/bin/env node
// Prints the release notes for a tag vX.Y.Z: the `## vX.Y.Z` section of
// CHANGELOG.md. Fails (exit 1, one line on stderr) when the tag is not vX.Y.Z,
// does not match package.json's version, or CHANGELOG.md has no such section.
// Used by .github/workflows/release.yml.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = process.env.RTC_RELEASE_ROOT ?? path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const tag = process.argv[2] ?? ''

function fail(message) {
  console.error(`release-notes: ${message}`)
  process.exit(1)
}

const version = /^v(\d+\.\d+\.\d+)$/.exec(tag)?.[1]
if (!version) fail(`the tag ${JSON.stringify(tag)} is not vX.Y.Z`)
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
if (pkg.version !== version) fail(`the tag ${tag} does not match package.json's version ${pkg.version}: bump it first`)

const lines = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8').split(/\r?\n/)
const start = lines.findIndex((line) => line.trim() === `## ${tag}`)
if (start < 0) fail(`CHANGELOG.md has no "## ${tag}" section`)
let end = lines.findIndex((line, i) => i > start && line.startsWith('## '))
if (end < 0) end = lines.length
const notes = lines.slice(start + 1, end).join('\n').trim()
if (!notes) fail(`the "## ${tag}" section of CHANGELOG.md is empty`)
process.stdout.write(`${notes}\n`)
