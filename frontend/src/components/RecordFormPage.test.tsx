import { screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { renderAt } from '@/test/render';
import { RecordFormPage } from './RecordFormPage';

type Thing = { id: string; mine: boolean };
const loaded = (data?: Thing) => ({ data, isPending: false, isError: !data });
const page = (id: string | undefined, record: { data?: Thing; isPending: boolean; isError: boolean }, canCreate = true) =>
  renderAt(
    '/',
    <RecordFormPage id={id} record={record} canCreate={canCreate} canEdit={(thing) => thing.mine} notFound="needs.notFound"
      titles={{ new: 'needs.newTitle', edit: 'needs.editTitle' }} back={(thing) => <a href={`/things/${thing.id}`}>back</a>}>
      {(thing) => <p data-testid="editor">{thing ? `editing ${thing.id}` : 'new'}</p>}
    </RecordFormPage>,
  );

describe('RecordFormPage', () => {
  beforeEach(() => changeLanguage('en'));

  it('opens an empty form for a new record, if the user may create one', () => {
    page(undefined, { isPending: true, isError: false });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Post a need');
    expect(screen.getByTestId('editor')).toHaveTextContent('new');
    expect(screen.queryByRole('link', { name: 'back' })).toBeNull();
  });

  it('opens the form with the record, if the user may edit it', () => {
    page('t1', loaded({ id: 't1', mine: true }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Edit need');
    expect(screen.getByTestId('editor')).toHaveTextContent('editing t1');
    expect(screen.getByRole('link', { name: 'back' })).toHaveAttribute('href', '/things/t1');
  });

  it('says what keeps the form closed: no right, still loading, not there', () => {
    const { unmount } = page(undefined, { isPending: true, isError: false }, false);
    expect(screen.getByTestId('forbidden')).toBeInTheDocument();
    unmount();
    const other = page('t1', loaded({ id: 't1', mine: false }));
    expect(screen.getByTestId('forbidden')).toBeInTheDocument();
    other.unmount();
    const loading = page('t1', { isPending: true, isError: false });
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    loading.unmount();
    page('t1', loaded());
    expect(screen.getByRole('alert')).toHaveTextContent('This need does not exist or was removed.');
    expect(screen.queryByTestId('editor')).toBeNull();
  });
});
