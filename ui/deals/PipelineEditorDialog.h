#pragma once

#include "core/common/Result.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTableWidget;

namespace baza::store {
class Store;
}

namespace baza::ui {

// Edits pipelines (add, rename, remove), their stages (add, rename, win probability, rotting
// days, reorder, remove — asking where a removed stage's deals go) and the list of lost
// reasons. Every change is saved at once as one store command, so Ctrl+Z on the board undoes it.
class PipelineEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    PipelineEditorDialog(store::Store& store, const QString& pipelineId, QWidget* parent = nullptr);

    QString currentPipelineId() const;
    // Removes a stage; with deals in it, `moveTo` names the stage they go to.
    void removeStage(const QString& stageId, const QString& moveTo);

private:
    void loadPipelines(const QString& select);
    void loadStages();
    void loadReasons();
    void report(const Status& status);
    void addPipeline();
    void renamePipeline();
    void removePipeline();
    void addStage();
    void moveStage(int delta);
    void askRemoveStage();
    void stageEdited(int row, int column);

    store::Store& m_store;
    QListWidget* m_pipelines;
    QTableWidget* m_stages;
    QListWidget* m_reasons;
    QLabel* m_error;
    bool m_filling = false;
};

} // namespace baza::ui
