import { useEffect, useId, useRef, useState } from 'react';
import { RECOMMEND_ANSWERS } from '../../../../shared/events/schema';
import type { Recommend } from '../../../../shared/events/schema';
import { cleanText } from '../../../../shared/events/text';
import type { FeedbackAnswer } from '../../../../shared/tickets/decide';
import { RECOMMEND_LABELS } from '../../../../shared/reports/labels';
import { Face } from './Face';

/** What the customer reads under each face, 1 to 5; the reports call 4 and 5 "satisfied". */
export const FACE_LABELS = ['Very poor', 'Poor', 'Okay', 'Good', 'Very good'] as const;

type Step = 'visit' | 'recommend' | 'comment';

/**
 * A tap this soon after a question appears is the customer's double tap on the one before (the
 * next question's buttons sit where the last ones were), not an answer to the new question.
 */
export const TAP_SETTLE_MS = 700;
const tapSettled = (shownAt: number) => Date.now() - shownAt >= TAP_SETTLE_MS;
const clockNow = () => Date.now();

/**
 * The questions, one at a time, each answered with one tap: how was your
 * visit (five faces), would you recommend us (yes, no, not sure), and a
 * comment if the site asks for one. Skip is always there. Each question's
 * heading takes focus when it appears, so a screen reader reads it first.
 */
export function FeedbackQuestions({
  withComment,
  onProgress,
  onFinish,
}: {
  withComment: boolean;
  /** Every answer as it is given, so one left half-way can still be kept. */
  onProgress: (a: FeedbackAnswer) => void;
  onFinish: (a: FeedbackAnswer | 'skipped') => void;
}) {
  const id = useId();
  const [step, setStep] = useState<Step>('visit');
  const [answer, setAnswer] = useState<FeedbackAnswer>({ satisfaction: null, recommend: null });
  const [comment, setComment] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
  const shownAt = useRef(0);
  const settled = () => tapSettled(shownAt.current);

  const advance = (next: FeedbackAnswer, after: Step | null) => {
    setAnswer(next);
    onProgress(next);
    shownAt.current = clockNow();
    if (after) setStep(after);
    else onFinish(next);
  };
  const chooseFace = (score: number) => settled() && advance({ ...answer, satisfaction: score }, 'recommend');
  const chooseRecommend = (r: Recommend) => settled() && advance({ ...answer, recommend: r }, withComment ? 'comment' : null);
  const skip = () => settled() && onFinish(answer.satisfaction === null && answer.recommend === null ? 'skipped' : answer);

  return (
    <section className="feedback" aria-labelledby={`${id}-q`}>
      {step === 'visit' && (
        <>
          <h2 id={`${id}-q`} ref={heading} tabIndex={-1}>
            How was your visit today?
          </h2>
          <div className="feedback-faces" role="group" aria-labelledby={`${id}-q`}>
            {FACE_LABELS.map((label, i) => (
              <button key={label} type="button" className="feedback-choice feedback-face" onClick={() => chooseFace(i + 1)}>
                <Face score={i + 1} />
                <span>{label}</span>
              </button>
            ))}
          </div>
        </>
      )}
      {step === 'recommend' && (
        <>
          <h2 id={`${id}-q`} ref={heading} tabIndex={-1}>
            Would you recommend us to a friend or family member?
          </h2>
          <div className="feedback-answers" role="group" aria-labelledby={`${id}-q`}>
            {RECOMMEND_ANSWERS.map((r) => (
              <button key={r} type="button" className="feedback-choice" onClick={() => chooseRecommend(r)}>
                {RECOMMEND_LABELS[r]}
              </button>
            ))}
          </div>
        </>
      )}
      {step === 'comment' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onFinish({ ...answer, ...(comment.trim() ? { comment: comment.trim() } : {}) });
          }}
        >
          <h2 id={`${id}-q`} ref={heading} tabIndex={-1}>
            Is there anything else you would like to tell us?
          </h2>
          <label htmlFor={`${id}-comment`}>Your comment (optional). Please do not write your name or address.</label>
          <textarea id={`${id}-comment`} value={comment} onChange={(e) => setComment(cleanText(e.target.value))} maxLength={500} rows={4} />
          <button type="submit" className="feedback-choice primary">
            Send
          </button>
        </form>
      )}
      <button type="button" className="feedback-skip" onClick={skip}>
        {step === 'visit' ? 'Skip these questions' : 'Skip the rest'}
      </button>
    </section>
  );
}
