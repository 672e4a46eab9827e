// The deploy formats, by name. A new one is a module of its own added here.
import { CLI_FORMAT } from '../apply-commands.js'
import type { Format } from '../inputs.js'
import { CLOUDFORMATION_FORMAT } from './cloudformation.js'
import { TERRAFORM_FORMAT } from './terraform.js'
import type { DeployFormat } from './types.js'

export type { ApplyCommand, DeployFile, DeployFormat } from './types.js'

export const DEPLOY_FORMATS: Record<Format, DeployFormat> = { cli: CLI_FORMAT, cloudformation: CLOUDFORMATION_FORMAT, terraform: TERRAFORM_FORMAT }

export function formatsFor(names: readonly Format[]): DeployFormat[] {
  return names.map((name) => DEPLOY_FORMATS[name])
}

/** Every file any format can write: removed when a run does not write it. */
export const ALL_FORMAT_FILES: readonly string[] = Object.values(DEPLOY_FORMATS).flatMap((f) => f.fileNames)
