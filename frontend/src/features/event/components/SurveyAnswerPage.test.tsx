import { fireEvent, screen, waitFor } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { invalid, mockApi, renderAt, requests } from '@/test/render';
import type { SurveyQuestion } from '../api/types';
import { SurveyAnswerPage } from './SurveyAnswerPage';

const QUESTION: SurveyQuestion = {
  eventId: 'e1',
  eventNames: { ja: '結び商談会', zh: '结缘洽谈会', en: 'Musubi Fair' },
  monthsAfter: 3,
  meetingId: 'm1',
  meetingStart: '2099-12-10T10:20+09:00',
  participantNames: { ja: '林精密工業株式会社', zh: null, en: 'Hayashi Precision Industries' },
  counterpartNames: { ja: '大和重工業株式会社', zh: null, en: 'Yamato Heavy Industries' },
  answer: 'CONTRACT',
  recorded: 'IN_TALKS',
  answeredAt: '2100-03-11T01:00:00Z',
};

describe('SurveyAnswerPage', () => {
  it('shows what the link records without recording it, and records it when confirmed', async () => {
    await changeLanguage('en');
    mockApi({
      'GET /api/surveys/answer': QUESTION,
      'POST /api/surveys/answer': { ...QUESTION, recorded: 'CONTRACT' },
    });
    renderAt('/survey?token=abc.def', <SurveyAnswerPage />);
    expect(await screen.findByTestId('survey-answer')).toHaveTextContent('Contract');
    expect(screen.getByTestId('survey-meeting')).toHaveTextContent('Yamato Heavy Industries');
    expect(screen.getByTestId('survey-meeting')).toHaveTextContent('2099');
    expect(screen.getByTestId('survey-recorded')).toHaveTextContent('Recorded so far: In talks.');
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/surveys/answer?token=abc.def']);

    fireEvent.click(screen.getByTestId('survey-confirm'));
    expect(await screen.findByTestId('survey-thanks')).toHaveTextContent('your answer is recorded');
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ token: 'abc.def' });
  });

  it('says so when the link is not valid, in the reader language', async () => {
    await changeLanguage('zh');
    mockApi({ 'GET /api/surveys/answer': invalid([{ field: 'token', code: 'invalid', message: 'not valid' }]) });
    renderAt('/survey?token=forged', <SurveyAnswerPage />);
    expect(await screen.findByTestId('survey-invalid')).toHaveTextContent('此链接无效');
    await waitFor(() => expect(screen.queryByTestId('survey-confirm')).toBeNull());
  });
});
