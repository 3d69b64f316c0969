// Runs the gate and the validator off the main thread: at 500 steps a run costs ~100 ms, six
// frames the trainer would feel while typing or panning.
import type { Finding } from '@/domain/script/finding.types';
import type { LibraryContext } from '@/domain/script/rules-content';
import type { Script } from '@/domain/script/script-schema';
import { validateDraft } from './validate-script';

export interface ValidationRequest {
  id: number;
  script: Script;
  library: LibraryContext | undefined;
}

export interface ValidationReply {
  id: number;
  findings: Finding[];
}

self.onmessage = ({ data }: MessageEvent<ValidationRequest>) => {
  const reply: ValidationReply = {
    id: data.id,
    findings: validateDraft(data.script, data.library),
  };
  self.postMessage(reply);
};
