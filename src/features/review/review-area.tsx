import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { AgentPage } from './agent/agent-page';
import { CalibrationPage } from './calibration/calibration-page';
import { CalibrationSessionPage } from './calibration/calibration-session-page';
import { PathsPage } from './paths/paths-page';
import { ReviewNav } from './review-nav';
import { ensureReviewStrings } from './review-strings';
import { SessionReviewPage } from './session/session-review-page';
import { TeamPage } from './team/team-page';
import './review.css';

/** Revue, the team lead's desk: one lazy chunk with its own routes and strings. */
export function ReviewArea() {
  const { i18n } = useTranslation();
  ensureReviewStrings(i18n);
  return (
    <>
      <ReviewNav />
      <Routes>
        <Route index element={<TeamPage />} />
        <Route path="agent/:agentId" element={<AgentPage />} />
        <Route path="seance/:documentId" element={<SessionReviewPage />} />
        <Route path="calibration" element={<CalibrationPage />} />
        <Route path="calibration/:documentId" element={<CalibrationSessionPage />} />
        <Route path="parcours" element={<PathsPage />} />
      </Routes>
    </>
  );
}
