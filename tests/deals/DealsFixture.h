#pragma once

#include "../store/StoreFixture.h"

#include "core/domain/Money.h"

// A pipeline with three stages (10 %, 50 %, 80 %) and helpers to put deals on it.
class DealsFixture : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        baza::domain::Pipeline p;
        p.name = QStringLiteral("New business");
        p.stages = {baza::domain::Stage{{}, {}, QStringLiteral("Qualified"), 0, 10, 14},
                    baza::domain::Stage{{}, {}, QStringLiteral("Proposal"), 1, 50, 7},
                    baza::domain::Stage{{}, {}, QStringLiteral("Negotiation"), 2, 80, 0}};
        auto created = store->createPipeline(p);
        ASSERT_TRUE(created.ok()) << created.message().toStdString();
        pipeline = *created;
        ASSERT_TRUE(store->setBaseCurrency(QStringLiteral("PLN")).ok());
    }

    QString stage(int i) const { return pipeline.stages.at(i).id; }

    QString addDeal(const QString& title, int stageIndex, qint64 valueMinor,
                    const QString& currency = QStringLiteral("PLN"),
                    const QString& contactId = QString())
    {
        baza::domain::Deal d;
        d.title = title;
        d.pipelineId = pipeline.id;
        d.stageId = stage(stageIndex);
        d.valueMinor = valueMinor;
        d.currency = currency;
        d.contactId = contactId;
        auto created = store->createDeal(d);
        EXPECT_TRUE(created.ok()) << created.message().toStdString();
        return created ? created->id : QString();
    }

    // Titles of the open deals in a stage, in column order.
    QStringList column(int stageIndex) const
    {
        QStringList out;
        auto deals = store->boardDeals(pipeline.id);
        EXPECT_TRUE(deals.ok());
        if (!deals)
            return out;
        for (const baza::store::BoardDeal& d : *deals) {
            if (d.stageId == stage(stageIndex))
                out << d.title;
        }
        return out;
    }

    baza::domain::Pipeline pipeline;
};
