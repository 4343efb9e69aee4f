#pragma once

#include <QWidget>

namespace AccountDesk {

class AccountSession;
class FormView;
class LogoPicker;

// The editing area of one session: the form generated from the provider's schema and, for a
// multipart update, the logo picker. Both edit the session; the picker follows it (a sent or
// dropped logo clears it).
class ProviderForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderForm(AccountSession& session, QWidget* parent = nullptr);

    FormView* formView() const { return m_formView; }
    LogoPicker* logoPicker() const { return m_logoPicker; }

private:
    FormView* m_formView;
    LogoPicker* m_logoPicker = nullptr;
};

} // namespace AccountDesk
