import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button for an action that is hard to undo: the first click asks `question`, the second (`testId`-confirm) does
 * it; cancel goes back.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  pending = false,
  testId,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="link danger" onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="alertdialog" aria-label={question} data-testid={`${testId}-dialog`}>
      <span>{question}</span>{' '}
      <button
        type="button"
        className="link danger"
        disabled={pending}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        data-testid={`${testId}-confirm`}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" className="link" onClick={() => setAsking(false)} data-testid={`${testId}-cancel`}>
        {t('form.cancel')}
      </button>
    </span>
  );
}
