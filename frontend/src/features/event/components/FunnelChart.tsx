import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SURVEY_ANSWERS, type Funnel } from '../api/types';

const STAGES = ['requests', 'accepted', 'held', 'businessTalks', 'deals'] as const;
type Stage = (typeof STAGES)[number];
/** The stages a survey round measures again; the earlier ones are the fair's. */
const SURVEYED: Stage[] = ['businessTalks', 'deals'];
const FAIR_COLOUR = '#b3312d';
const ROUND_COLOURS = ['#1f6f8b', '#7a9e3b', '#c48a1b', '#6b4f9e', '#4a4a4a'];

/**
 * The funnel requests → accepted → held → business talks → deals: at the fair (from the recorded outcomes) and, for
 * each follow-up survey round, the business talks and deals its answers report. A table beside the chart gives the
 * numbers, with each round's answers and how many of the sides asked answered.
 */
export function FunnelChart({ funnel }: { funnel: Funnel }) {
  const { t } = useTranslation();
  const rounds = funnel.rounds ?? [];
  const roundKey = (months: number) => `round${months}`;
  const roundName = (months: number) => t('event.funnel.round', { count: months });
  const rows = STAGES.map((stage) => {
    const row: Record<string, string | number | null> = { stage: t(`event.funnel.${stage}`), fair: funnel[stage] };
    for (const round of rounds) {
      row[roundKey(round.monthsAfter)] = SURVEYED.includes(stage) ? round[stage as 'businessTalks' | 'deals'] : null;
    }
    return row;
  });
  return (
    <figure className="chart funnel" data-testid="dashboard-funnel" aria-labelledby="funnel-title">
      <figcaption id="funnel-title">{t('event.funnel.title')}</figcaption>
      <div className="funnel-body">
        <div className="funnel-chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={300}>
            <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="stage" interval={0} tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Bar dataKey="fair" name={t('event.funnel.fair')} fill={FAIR_COLOUR} isAnimationActive={false} />
              {rounds.map((round, i) => (
                <Bar key={round.roundId} dataKey={roundKey(round.monthsAfter)} name={roundName(round.monthsAfter)}
                  fill={ROUND_COLOURS[i % ROUND_COLOURS.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="table funnel-table" data-testid="funnel-table">
          <caption className="hint">{t('event.funnel.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('event.funnel.stage')}</th>
              <th scope="col">{t('event.funnel.fair')}</th>
              {rounds.map((round) => (
                <th scope="col" key={round.roundId}>
                  {roundName(round.monthsAfter)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {STAGES.map((stage) => (
              <tr key={stage} data-testid={`funnel-${stage}`}>
                <th scope="row">{t(`event.funnel.${stage}`)}</th>
                <td>{funnel[stage]}</td>
                {rounds.map((round) => (
                  <td key={round.roundId}>
                    {SURVEYED.includes(stage) ? round[stage as 'businessTalks' | 'deals'] : t('event.funnel.asAtFair')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {rounds.length > 0 && (
            <tbody>
              {SURVEY_ANSWERS.map((answer) => (
                <tr key={answer} data-testid={`funnel-answer-${answer}`}>
                  <th scope="row">{t(`survey.answers.${answer}`)}</th>
                  <td />
                  {rounds.map((round) => (
                    <td key={round.roundId}>{round.answers?.[answer] ?? 0}</td>
                  ))}
                </tr>
              ))}
              <tr data-testid="funnel-answered">
                <th scope="row">{t('event.funnel.answered')}</th>
                <td />
                {rounds.map((round) => (
                  <td key={round.roundId}>
                    {t('event.funnel.answeredOf', { answered: round.answered, asked: round.asked })}
                  </td>
                ))}
              </tr>
            </tbody>
          )}
        </table>
      </div>
    </figure>
  );
}
