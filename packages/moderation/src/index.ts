export { screen, composePipeline, CHECKS, suggestionFor, riskScoreFor } from './pipeline';
export { loadRules, parseRulesFile, RulesError, DEFAULT_RULES_DIR, type Rules, type LoadRulesOptions } from './rules/load';
export {
  textSignature,
  bandKeys,
  signatureSimilarity,
  signatureToBytes,
  signatureFromBytes,
  normaliseForSignature,
  SIGNATURE_VERSION,
  SIGNATURE_BINS,
  LSH_BANDS,
} from './signature';
export { NearDuplicateIndex, type NearDuplicateHit } from './near-duplicate-index';
export { StreamScreener, type StreamLine } from './stream';
export { isValidNationalNumber, nationalNumberKind, isValidIban, isValidBelgianAccount, belgianPlateFormat, isDutchPlate } from './validators';
export type { Check, CheckInput, CheckResult } from './check';
export * from './types';
