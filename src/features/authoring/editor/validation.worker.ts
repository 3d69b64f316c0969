// Runs the gate and the validator off the main thread: at 500 steps a full run costs ~75 ms of
// CPU, frames the trainer would feel while typing or panning. The worker keeps what the gate made
// of each step, so an edit checks again only the steps it changed (same findings, exactly).
import type { Finding } from '@/domain/script/finding.types';
import type { LibraryContext } from '@/domain/script/rules-content';
import type { Script } from '@/domain/script/script-schema';
import { createDraftChecker } from '@/domain/script/draft-check';

export interface ValidationRequest {
  id: number;
  script: Script;
  library: LibraryContext | undefined;
}

export interface ValidationReply {
  id: number;
  findings: Finding[];
}

const check = createDraftChecker();

self.onmessage = ({ data }: MessageEvent<ValidationRequest>) => {
  const reply: ValidationReply = {
    id: data.id,
    findings: check(data.script, data.library ? { library: data.library } : {}),
  };
  self.postMessage(reply);
};
