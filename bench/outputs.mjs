/** Reads GITHUB_OUTPUT as the runner does: `name<<DELIM\nvalue\nDELIM` or `name=value`. */
export function parseOutputs(text) {
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const value = []
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i])
      outputs[heredoc[1]] = value.join('\n')
    } else if (lines[i].includes('=')) outputs[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1)
  }
  return outputs
}
