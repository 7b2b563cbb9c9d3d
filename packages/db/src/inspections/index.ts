export { parseInspectionFile, InspectionFileError, type RawRecord } from './parse';
export { importInspectionRecords, type ImportProblem, type ImportSummary } from './import';
