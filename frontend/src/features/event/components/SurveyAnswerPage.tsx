import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { pickText } from '@/utils/pickName';
import { useAnswerSurvey, useSurveyQuestion } from '../api/surveys';
import { formatDay } from '../utils/time';

/**
 * `/survey?token=`: one of a follow-up survey mail's answers. Opening the page records nothing (mail scanners open
 * links too): it shows the meeting and the answer the link carries, and the button records it. No login: the token
 * is signed. Another link of the same mail changes the answer later.
 */
export function SurveyAnswerPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const question = useSurveyQuestion(token);
  const confirm = useAnswerSurvey();
  const language = i18n.language;
  const shown = confirm.data ?? question.data;
  return (
    <section className="narrow survey-answer" aria-labelledby="survey-title">
      <h1 id="survey-title">{t('survey.title')}</h1>
      {token !== '' && question.isPending && <p aria-busy="true">{t('app.loading')}</p>}
      {(token === '' || question.isError) && (
        <p role="alert" data-testid="survey-invalid">
          {t('survey.invalid')}
        </p>
      )}
      {shown && (
        <>
          <dl className="survey-question" data-testid="survey-question">
            <dt>{t('survey.event')}</dt>
            <dd>
              {pickText(shown.eventNames, language)} · {t('survey.round', { count: shown.monthsAfter })}
            </dd>
            <dt>{t('survey.company')}</dt>
            <dd>{pickText(shown.participantNames, language)}</dd>
            <dt>{t('survey.meeting')}</dt>
            <dd data-testid="survey-meeting">
              {pickText(shown.counterpartNames, language)}
              {shown.meetingStart && ` · ${formatDay(shown.meetingStart.slice(0, 10), language)}`}
            </dd>
            <dt>{t('survey.answer')}</dt>
            <dd data-testid="survey-answer">
              <strong>{t(`survey.answers.${shown.answer}`)}</strong>
            </dd>
          </dl>
          {confirm.isSuccess ? (
            <p className="status success" role="status" data-testid="survey-thanks">
              {t('survey.thanks')}
            </p>
          ) : (
            <>
              {shown.recorded && (
                <p className="hint" data-testid="survey-recorded">
                  {t('survey.recordedBefore', { answer: t(`survey.answers.${shown.recorded}`) })}
                </p>
              )}
              <button type="button" className="primary" data-testid="survey-confirm" disabled={confirm.isPending}
                onClick={() => confirm.mutate(token)}>
                {t('survey.confirm')}
              </button>
              {confirm.isError && (
                <p role="alert" data-testid="survey-failed">
                  {t('survey.failed')}
                </p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
